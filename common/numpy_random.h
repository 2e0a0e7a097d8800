// numpy_random.h - the same random numbers as NumPy's np.random.seed + np.random.randn
// (and np.random.permutation, for chapter 8).
//
// Why bother: a reader who runs the article's NumPy code next to our C++ should
// see the same starting weights, hence the same losses, to the last digit.
// NumPy's legacy generator (RandomState) is built from three public pieces,
// and the C++ standard library already has the first one:
//
//   1. the Mersenne Twister MT19937. np.random.seed(s) uses its standard
//      seeding (init_genrand), which is exactly what std::mt19937(s) does;
//   2. a double in [0, 1) made from two 32-bit words a and b, keeping
//      27 + 26 = 53 random bits: ((a >> 5) * 2^26 + (b >> 6)) / 2^53;
//   3. a standard normal from the polar Box-Muller method, which turns one
//      accepted pair of uniforms into two normals: it returns one now and
//      keeps the other for the next call.
// Tests: tests/test_numpy_random.cpp.
#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "matrix.h"

class NumpyRandom {
 public:
  // Same as np.random.seed(seed) for 0 <= seed < 2^32.
  explicit NumpyRandom(std::uint32_t seed) : twister_(seed) {}

  //! [uniform]
  // Same as np.random.random_sample(): uniform in [0, 1).
  double uniform() {
    const std::uint32_t a = twister_() >> 5;           // 27 bits
    const std::uint32_t b = twister_() >> 6;           // 26 bits
    return (a * 67108864.0 + b) / 9007199254740992.0;  // (a * 2^26 + b) / 2^53
  }
  //! [uniform]

  //! [normal]
  // Same as one value of np.random.randn(): mean 0, standard deviation 1.
  double normal() {
    if (has_spare_) {
      has_spare_ = false;
      return spare_;
    }
    // Pick a point uniformly in the square [-1,1) x [-1,1) until it lands
    // strictly inside the unit circle (and not on its centre).
    double x1 = 0.0;
    double x2 = 0.0;
    double r2 = 0.0;
    do {
      x1 = 2.0 * uniform() - 1.0;
      x2 = 2.0 * uniform() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    spare_ = f * x1;  // NumPy keeps f*x1 for the next call...
    has_spare_ = true;
    return f * x2;  // ...and returns f*x2 now.
  }
  //! [normal]

  //! [permutation]
  // Same as np.random.permutation(n): 0 ... n-1 in a random order. NumPy
  // shuffles from the back (Fisher-Yates): for i = n-1 down to 1, swap
  // element i with element j, a whole number from 0 to i drawn without bias
  // by masking 32-bit outputs to the bits i needs and retrying above i.
  std::vector<int> permutation(int n) {
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i) order[i] = i;
    for (int i = n - 1; i > 0; --i) {
      std::uint32_t mask = i;  // the smallest 2^k - 1 that is at least i
      for (int shift = 1; shift <= 16; shift *= 2) mask |= mask >> shift;
      std::uint32_t j = 0;
      do {
        j = twister_() & mask;
      } while (j > static_cast<std::uint32_t>(i));
      std::swap(order[i], order[j]);
    }
    return order;
  }
  //! [permutation]

  // Same as np.random.randn(rows, cols): filled row by row -> (rows,cols).
  Matrix randn(int rows, int cols) {
    Matrix out(rows, cols);
    for (int r = 0; r < rows; ++r) {
      for (int c = 0; c < cols; ++c) out(r, c) = normal();
    }
    return out;
  }

 private:
  std::mt19937 twister_;
  bool has_spare_ = false;
  double spare_ = 0.0;
};
