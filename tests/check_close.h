// check_close.h - the one way the tests compare matrices and numbers.
//
// check_close(label, got, expected, tolerance) passes when the shapes match
// and every |got - expected| is at most `tolerance` (0 means exactly equal).
// A NaN or an infinity never passes: the comparison is written so that NaN
// fails it (std::fmax would silently drop a NaN). On failure it prints the
// label, both shapes, the worst entry and both matrices, like llm.c's
// check_tensor, and the test goes on to its next check.
#pragma once

#include <cmath>
#include <sstream>
#include <string>

#include "catch.h"
#include "matrix.h"

// Every tolerance the tests use, named once.
constexpr double kExact = 1e-12;           // a result of a few operations, worked by hand
constexpr double kParityTolerance = 1e-9;  // against NumPy's numbers, after up to 4000 epochs
constexpr double kEpsilonEffect = 1e-7;    // how far the loss's epsilon moves a log, at most

// The entry where got and expected differ most (shapes must match). A NaN
// difference is the worst of all: it is kept once found.
struct WorstEntry {
  double difference = 0.0;
  int row = 0;
  int col = 0;
};

inline WorstEntry worst_entry(const Matrix& got, const Matrix& expected) {
  WorstEntry worst;
  for (int r = 0; r < got.rows(); ++r) {
    for (int c = 0; c < got.cols(); ++c) {
      const double difference = std::fabs(got(r, c) - expected(r, c));
      if (std::isnan(difference) || difference > worst.difference) worst = {difference, r, c};
      if (std::isnan(difference)) return worst;
    }
  }
  return worst;
}

// Enough decimals that the failing difference shows in the printed numbers:
// two more than its first significant digit needs, at least 6, at most 16.
inline int decimals_to_show(double difference) {
  if (!(difference > 0) || !std::isfinite(difference)) return 6;
  const int needed = static_cast<int>(std::ceil(-std::log10(difference))) + 2;
  return needed < 6 ? 6 : (needed > 16 ? 16 : needed);
}

inline bool check_close(const std::string& label, const Matrix& got, const Matrix& expected,
                        double tolerance) {
  if (got.rows() != expected.rows() || got.cols() != expected.cols()) {
    FAIL_CHECK(label << " has shape " << got.shape() << ", expected " << expected.shape());
    return false;
  }
  const WorstEntry worst = worst_entry(got, expected);
  if (!(worst.difference <= tolerance)) {  // written so that NaN fails
    std::ostringstream both;
    const int decimals = decimals_to_show(worst.difference);
    print(both, "expected", expected, decimals);
    print(both, "got", got, decimals);
    const double bad = got(worst.row, worst.col);
    const std::string where =
        " at (" + std::to_string(worst.row) + "," + std::to_string(worst.col) + ")";
    std::ostringstream what;
    if (!std::isfinite(bad)) {
      what << "got " << bad << where << ", which is never a right answer";
    } else {
      what << "largest difference " << worst.difference << where << ", tolerance " << tolerance;
    }
    FAIL_CHECK(label << " " << got.shape() << " has the wrong values: " << what.str() << "\n"
                     << both.str());
    return false;
  }
  SUCCEED(label << " is right");
  return true;
}

inline bool check_close(const std::string& label, double got, double expected, double tolerance) {
  return check_close(label, Matrix{{got}}, Matrix{{expected}}, tolerance);
}
