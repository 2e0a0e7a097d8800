// option_limits.h - every number a chapter program's options accept, defined
// once: the command line (command_line.cpp) checks against these, its --help
// and its messages say them, and the playground in the book's pages
// (docs/playground/playground.cpp) refuses what chapter_5 would refuse, in
// the same words. Plumbing, not lesson: the chapters only name them.
// Tests: tests/check_cli.py (each limit, and a value just past it).
#pragma once

#include <cmath>
#include <cstdlib>
#include <string>

// The values one option accepts, and how to say so.
struct OptionRange {
  const char* name;  // "lr" for --lr
  double low, high;
  bool whole;           // whole numbers only
  const char* accepts;  // the range in words, for messages
};

// above 0: the smallest double that is (1e-308 is not: subnormals are numbers too)
constexpr double kAboveZero = 4.9406564584124654e-324;

// The training, every chapter that trains (Settings, settings.h).
constexpr OptionRange kSeedRange{"seed", 0, 4294967295.0, true,
                                 "a whole number from 0 to 4294967295"};
constexpr OptionRange kLearningRateRange{"lr", kAboveZero, 1e308, false, "a number above 0"};
constexpr OptionRange kInitScaleRange{"init-scale", kAboveZero, 1e308, false, "a number above 0"};
constexpr OptionRange kEpochsRange{"epochs", 1, 1'000'000, true,  // the article needs 4000
                                   "a whole number from 1 to 1000000"};
constexpr OptionRange kPrintEveryRange{"print-every", 1, 1'000'000, true,
                                       "a whole number from 1 to 1000000"};
constexpr OptionRange kHiddenRange{"hidden", 1, 4096, true,  // far beyond what four people need
                                   "a whole number from 1 to 4096"};

// Chapter 6's new person: the shortest to the tallest, the lightest to the
// heaviest adults on record.
constexpr OptionRange kHeightRange{"height", 20, 110, false,
                                   "a human height in inches, from 20 to 110"};
constexpr OptionRange kWeightRange{"weight", 5, 1500, false,
                                   "a human weight in pounds, from 5 to 1500"};

// One chapter's own.
constexpr OptionRange kBiasRange{"bias", -100, 100, false, "a number from -100 to 100"};  // 1
constexpr OptionRange kGuessRange{"guess", 0, 1, false, "a number from 0 to 1"};          // 3
constexpr OptionRange kStepRange{"step", 1e-300, 1, false, "a number from 1e-300 to 1"};  // 4
constexpr OptionRange kDepthRange{"depth", 1, 20, true, "a whole number from 1 to 20"};   // 7
constexpr OptionRange kWidthRange{"width", 1, 256, true, "a whole number from 1 to 256"};
constexpr OptionRange kCompareDepthsRange{"compare-depths", 0, 1, true,
                                          "a whole number from 0 to 1"};
constexpr OptionRange kBatchSizeRange{"batch-size", 1, 100000, true,  // 8
                                      "a whole number from 1 to 100000"};
constexpr OptionRange kL2Range{"l2", 0, 1, false, "a number from 0 to 1"};
constexpr OptionRange kPatienceRange{"patience", 0, 100000, true,
                                     "a whole number from 0 to 100000"};
constexpr OptionRange kRepeatRange{"repeat", 0, 100, true, "a whole number from 0 to 100"};
constexpr OptionRange kLargerHiddenRange{"hidden", 1, 4096, true,  // 9
                                         "a whole number from 1 to 4096"};
constexpr OptionRange kLargerBatchRange{"batch", 1, 65536, true, "a whole number from 1 to 65536"};
constexpr OptionRange kLargerEpochsRange{"epochs", 1, 100000, true,
                                         "a whole number from 1 to 100000"};
constexpr OptionRange kRepeatsRange{"repeats", 1, 1000, true, "a whole number from 1 to 1000"};

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
