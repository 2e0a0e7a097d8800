// names.h - the words of an enum, written once: the name of each value, and
// the value a word names (what the command line's options take).
//
//   inline constexpr Names<Scaling, 3> kScalingNames{{{Scaling::none, "none"}, ...}};
//   name_of(kScalingNames, Scaling::none)         -> "none"
//   value_named(kScalingNames, "none", "scaling") -> Scaling::none
//   all_names(kScalingNames)                      -> {"none", "centre", "standardise"}
//
// Tests: tests/test_matrix.cpp (names/...).
#pragma once

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

template <typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N>
const char* name_of(const Names<Enum, N>& names, Enum value) {
  for (const auto& [named, name] : names) {
    if (named == value) return name;
  }
  return "?";
}

// Every word, in the table's order.
template <typename Enum, std::size_t N>
std::vector<std::string> all_names(const Names<Enum, N>& names) {
  std::vector<std::string> words;
  for (const auto& entry : names) words.emplace_back(entry.second);
  return words;
}

// The value `word` names; for any other word, std::invalid_argument saying
// "no WHAT called 'word' (a, b or c)".
template <typename Enum, std::size_t N>
Enum value_named(const Names<Enum, N>& names, const std::string& word, const std::string& what) {
  std::string choices;
  for (std::size_t i = 0; i < N; ++i) {
    if (word == names[i].second) return names[i].first;
    choices += (i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(names[i].second);
  }
  throw std::invalid_argument("no " + what + " called '" + word + "' (" + choices + ")");
}
