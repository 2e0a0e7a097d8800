// fast_math.h - chapter 9: e^x and ln x written so that the compiler can vectorise them.
//
// std::exp and std::log are calls into the C library, one number at a time: a
// loop that calls them cannot use the processor's vector instructions (4 or 8
// doubles at once). These are plain arithmetic the compiler can inline and
// vectorise. fast_exp:
//
//   e^x = 2^k * e^r,  k = round(x / ln 2),  r = x - k ln 2,  |r| <= ln(2) / 2
//
// e^r comes from its Taylor series (14 terms: the first one left out,
// r^14 / 14!, is below 2^-53 of e^r), and 2^k is built directly in the bits of a double.
// The series is summed in a shape that keeps the processor busy: the small
// terms in independent pairs (Estrin's scheme), the large ones one after
// another (Horner's), which rounds least where rounding matters most.
// Measured against std::exp (tests/test_chapter9.cpp): at most 1 unit in the last
// place apart on [-708, 709.78], so results that use it may differ from the
// readable code's in their last bits. Below -708 it returns 0 (the true
// value is under 3.3e-308, a subnormal number); above 709.78, +inf; NaN stays NaN.
// Tests: tests/test_chapter9.cpp.
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
  // The small terms, t = 1/4! + r/5! + ... + r^9/13!, in pairs that do not
  // wait for each other (Estrin's scheme): four rounds instead of nine in a row.
  const double r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
  const double t01 = 1.0 / 24 + r * (1.0 / 120), t23 = 1.0 / 720 + r * (1.0 / 5040);
  const double t45 = 1.0 / 40320 + r * (1.0 / 362880), t67 = 1.0 / 3628800 + r * (1.0 / 39916800);
  const double t89 = 1.0 / 479001600 + r * (1.0 / 6227020800.0);
  const double t = (t01 + r2 * t23) + r4 * (t45 + r2 * t67) + r8 * t89;
  // Then the large ones one after the other (Horner), which rounds least.
  const double p = 1.0 + r * (1.0 + r * (0.5 + r * (1.0 / 6 + r * t)));
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

// Chapter 1's sigmoid, 1 / (1 + e^-z), with fast_exp: the one the vector steps use.
inline double fast_sigmoid(double z) { return 1.0 / (1.0 + fast_exp(-z)); }

// ln x for a positive normal double x (the loss's p + eps and 1 - p + eps
// always are): x = 2^e * m with m in [sqrt(1/2), sqrt(2)), f = m - 1, then
//
//   ln x = e ln 2 + ln(1 + f),   ln(1 + f) = 2 (s + s^3/3 + s^5/5 + ...),  s = f / (2 + f)
//
// |s| <= 0.172, so terms up to s^21 leave out less than 2^-53. As in the C
// library's own log (fdlibm), f - f^2/2 is kept apart and the small rest
// added to it, which keeps the rounding errors small. Measured against
// std::log (tests/test_chapter9.cpp): within 1 unit in the last place.
//! [fast_log]
inline double fast_log(double x) {
  constexpr double kLn2High = 0.6931471803691238;  // as in fast_exp
  constexpr double kLn2Low = 1.9082149292705877e-10;
  constexpr double kSqrt2 = 1.4142135623730951;
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  double e = static_cast<double>(static_cast<std::int64_t>(bits >> 52) - 1023);
  bits = (bits & 0x000FFFFFFFFFFFFFull) | 0x3FF0000000000000ull;  // m in [1, 2)
  double m;
  std::memcpy(&m, &bits, sizeof m);
  const bool above = m > kSqrt2;  // [sqrt 2, 2) -> [sqrt(1/2), 1): a smaller |s|, fewer terms
  m = above ? 0.5 * m : m;        // (a choice of values, not an if: vectorises)
  e = above ? e + 1.0 : e;
  const double f = m - 1.0;  // exact
  const double s = f / (2.0 + f);
  const double s2 = s * s;
  // rest = 2 s^2/3 + 2 s^4/5 + ... + 2 s^20/21, a small correction, by Estrin's
  // scheme as in fast_exp: pairs of terms, then pairs of pairs, ...
  const double s4 = s2 * s2, s8 = s4 * s4, s16 = s8 * s8;
  const double q01 = 2.0 / 3 + s2 * (2.0 / 5), q23 = 2.0 / 7 + s2 * (2.0 / 9);
  const double q45 = 2.0 / 11 + s2 * (2.0 / 13), q67 = 2.0 / 15 + s2 * (2.0 / 17);
  const double q89 = 2.0 / 19 + s2 * (2.0 / 21);
  const double rest = s2 * ((q01 + s4 * q23) + s8 * (q45 + s4 * q67) + s16 * q89);
  const double half_f2 = 0.5 * f * f;  // ln(1 + f) = f - f^2/2 + s (f^2/2 + rest)
  return e * kLn2High - ((half_f2 - (s * (half_f2 + rest) + e * kLn2Low)) - f);
}
//! [fast_log]
