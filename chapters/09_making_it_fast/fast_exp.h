// fast_exp.h - chapter 9: e^x written so that the compiler can vectorise it.
//
// std::exp is a call into the C library, one number at a time: a loop that
// calls it cannot use the processor's vector instructions (4 or 8 doubles at
// once). This exp is plain arithmetic the compiler can inline and vectorise:
//
//   e^x = 2^k * e^r,  k = round(x / ln 2),  r = x - k ln 2,  |r| <= ln(2) / 2
//
// e^r comes from its Taylor series (14 terms: the first one left out,
// r^14 / 14!, is below 2^-53 of e^r), and 2^k is built directly in the bits of a double.
// Measured against std::exp (tests/test_fast.cpp): at most 1 unit in the last
// place apart on [-708, 709.78], so results that use it may differ from the
// readable code's in their last bits. Below -708 it returns 0 (the true
// value is under 3.3e-308, a subnormal number); above 709.78, +inf; NaN stays NaN.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>

//! [fast_exp]
inline double fast_exp(double x) {
  constexpr double kLowest = -708.0;                  // e^-708 = 3.3e-308, still a normal double
  constexpr double kHighest = 709.782712893384;       // ln(largest double): beyond, e^x is inf
  constexpr double kLog2e = 1.4426950408889634;       // 1 / ln 2
  constexpr double kLn2High = 0.6931471803691238;     // ln 2 to 32 bits: k * kLn2High is exact
  constexpr double kLn2Low = 1.9082149292705877e-10;  // the rest of ln 2
  constexpr double kRound = 6755399441055744.0;       // 1.5 * 2^52: adding it rounds to an integer
  // A comparison with NaN is false, so NaN passes through to the result.
  const double xc = x < kLowest ? kLowest : (x > kHighest ? kHighest : x);
  const double rounded = xc * kLog2e + kRound;  // k sits in the low bits of this double
  const double k = rounded - kRound;            // k as a double: -1021 ... 1024
  const double r = (xc - k * kLn2High) - k * kLn2Low;
  double p = 1.0 / 6227020800.0;  // Horner: 1 + r(1 + r(1/2 + r(1/6 + ... r/13!)))
  for (const double coefficient :
       {1.0 / 479001600.0, 1.0 / 39916800.0, 1.0 / 3628800.0, 1.0 / 362880.0, 1.0 / 40320.0,
        1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0}) {
    p = p * r + coefficient;
  }
  // 2^(k-1): k - 1 + 1023 in the exponent field, zeros below. (2 * 2^(k-1) and not
  // 2^k, because k can be 1024 and 2^1024 is not a double; 2p is exact, so e^x is rounded once.)
  std::uint64_t bits;
  std::memcpy(&bits, &rounded, sizeof bits);
  bits = (bits + 1022) << 52;  // the low bits of `rounded` hold k
  double half_scale;
  std::memcpy(&half_scale, &bits, sizeof half_scale);
  const double e = (p * 2.0) * half_scale;  // 2p first: p * 2^-1022 alone would lose bits
  return x > kHighest ? std::numeric_limits<double>::infinity() : (x < kLowest ? 0.0 : e);
}
//! [fast_exp]
