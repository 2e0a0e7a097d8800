// number_text.h - a number as short text ("0.15", "5", "1e+308") for titles,
// labels and messages. (A stream's default format: up to 6 significant
// digits, no trailing zeros; data files need every digit, titles do not.)
// Tests: tests/test_plumbing.cpp.
#pragma once

#include <sstream>
#include <string>

inline std::string number_text(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}
