// option_limits.h - what the training options accept, defined once: the
// command line (chapter_run.cpp) and the playground in the book's pages
// (docs/playground/playground.cpp) both check against these, in the same
// words. Plumbing, not lesson: the chapters never read it.
#pragma once

#include <cmath>
#include <cstdlib>
#include <string>

// The values one option accepts, and how to say so.
struct OptionRange {
  double low, high;
  bool whole;           // whole numbers only
  const char* accepts;  // the range in words, for messages
};

constexpr OptionRange kSeedRange{0, 4294967295.0, true, "a whole number from 0 to 4294967295"};
// above 0: the smallest double that is (1e-308 is not: subnormals are numbers too)
constexpr OptionRange kLearningRateRange{4.9406564584124654e-324, 1e308, false, "a number above 0"};
constexpr OptionRange kEpochsRange{1, 1'000'000, true,  // the article needs 4000; more is a typo
                                   "a whole number from 1 to 1000000"};
constexpr OptionRange kHiddenRange{1, 4096, true,  // far beyond what four people need
                                   "a whole number from 1 to 4096"};

inline bool in_range(const OptionRange& range, double value) {
  return std::isfinite(value) && value >= range.low && value <= range.high &&
         (!range.whole || value == std::floor(value));
}

// `text` as a number, all of it ("0.15", "1e-3"; not "0.1abc", "", "nan"
// or "inf"); false if it is not one.
inline bool parse_number(const std::string& text, double& value) {
  if (text.empty() || text.find_first_of("nNiIxX") != std::string::npos) return false;
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size() && end != text.c_str();
}
