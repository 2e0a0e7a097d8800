// number_text.h - a number as short text ("0.15", "5", "1e+308") for titles,
// labels and messages (a stream's default format: up to 6 significant
// digits, no trailing zeros; data files need every digit, titles do not),
// or with a fixed number of decimals, for a table's column. A program can
// then print a row of mixed formats without changing std::cout's state
// halfway and having to change it back.
// Tests: tests/test_plumbing.cpp.
#pragma once

#include <sstream>
#include <string>

inline std::string number_text(double value, int significant_digits = 6) {
  std::ostringstream text;
  text.precision(significant_digits);
  text << value;
  return text.str();
}

inline std::string fixed_text(double value, int decimals) {
  std::ostringstream text;
  text.precision(decimals);
  text << std::fixed << value;
  return text.str();
}
