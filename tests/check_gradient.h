// check_gradient.h - backprop's gradient against finite differences, as the
// gradient checks of chapters 4 and 7 compare them (tests/test_chapter4.cpp,
// tests/test_chapter7.cpp). On failure it prints both side by side.
#pragma once

#include <sstream>
#include <string>

#include "04_backprop/gradient_check.h"
#include "catch.h"
#include "check_close.h"

inline constexpr double kGradTolerance = 1e-6;  // largest relative error we accept

inline void check_gradient(const std::string& label, const Matrix& analytic,
                           const Matrix& numeric) {
  const double error = relative_error(analytic, numeric);
  std::ostringstream both;
  print(both, "backprop", analytic, 8);
  print(both, "finite differences", numeric, 8);
  INFO(label << ": relative error " << error << " (tolerance " << kGradTolerance
             << "), largest difference " << worst_entry(analytic, numeric).difference << "\n"
             << both.str());
  CHECK(error < kGradTolerance);  // written so that NaN fails
}
