// check_close.h - the one way the tests compare matrices and numbers.
//
// check_close(label, got, expected, tolerance) passes when the shapes match
// and every |got - expected| is at most `tolerance` (0 means exactly equal).
// A NaN or an infinity never passes: the comparison is written so that NaN
// fails it (std::fmax would silently drop a NaN). On failure it prints the
// label, the shape, how many entries are off, the first and the largest
// difference (one line each), and both matrices if they are small, like
// llm.c's check_tensor; the test goes on to its next check.
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

// Matrices up to this size are printed whole on failure; larger ones (a
// row of 4000 losses) by their first and their largest difference only, so
// that a failure stays a few lines long.
constexpr int kPrintedRows = 6, kPrintedCols = 8;

inline bool check_close(const std::string& label, const Matrix& got, const Matrix& expected,
                        double tolerance) {
  if (got.rows() != expected.rows() || got.cols() != expected.cols()) {
    FAIL_CHECK(label << " has shape " << got.shape() << ", expected " << expected.shape());
    return false;
  }
  const WorstEntry worst = worst_entry(got, expected);
  if (!(worst.difference <= tolerance)) {  // written so that NaN fails
    const int decimals = decimals_to_show(worst.difference);
    // The first entry (row by row) that is off by more than the tolerance,
    // and how many are.
    int first_row = worst.row, first_col = worst.col, off = 0;
    for (int r = got.rows() - 1; r >= 0; --r) {
      for (int c = got.cols() - 1; c >= 0; --c) {
        if (!(std::fabs(got(r, c) - expected(r, c)) <= tolerance)) {
          first_row = r, first_col = c, ++off;
        }
      }
    }
    const auto entry = [&](int r, int c) {
      std::ostringstream text;
      text.precision(decimals);
      text << "(" << r << "," << c << "): got " << got(r, c) << ", expected " << expected(r, c);
      return text.str();
    };
    std::ostringstream what;
    if (got.rows() * got.cols() == 1) {  // one number: one line
      what.precision(decimals);
      what << label << ": got " << got(0, 0) << ", expected " << expected(0, 0);
      if (std::isfinite(got(0, 0))) {
        what << " (difference " << worst.difference << ", tolerance " << tolerance << ")";
      } else {
        what << ", which is never a right answer";
      }
      FAIL_CHECK(what.str());
      return false;
    }
    what << label << " " << got.shape() << " has the wrong values: " << off << " of "
         << got.rows() * got.cols() << " entries differ by more than " << tolerance << "\n";
    const double bad = got(worst.row, worst.col);
    if (!std::isfinite(bad)) {
      what << "got " << bad << " at (" << worst.row << "," << worst.col
           << "), which is never a right answer\n";
    }
    what << "first difference at " << entry(first_row, first_col) << "\n";
    if (std::isfinite(bad)) {
      what << "largest difference " << worst.difference << " at " << entry(worst.row, worst.col)
           << "\n";
    }
    if (got.rows() <= kPrintedRows && got.cols() <= kPrintedCols) {
      print(what, "expected", expected, decimals);
      print(what, "got", got, decimals);
    }
    FAIL_CHECK(what.str());
    return false;
  }
  SUCCEED(label << " is right");
  return true;
}

inline bool check_close(const std::string& label, double got, double expected, double tolerance) {
  return check_close(label, Matrix{{got}}, Matrix{{expected}}, tolerance);
}
