// Tests for common/numpy_random.h against values printed by NumPy itself.
//
// The expected numbers were printed by NumPy 1.24.2 (Debian 12's python3-numpy):
//   np.random.seed(42); np.random.random_sample(3)
//   np.random.seed(42); np.random.randn(5)
//   np.random.seed(7);  np.random.randn(3); np.random.randn(2)
// with repr(), which prints the shortest text that reads back as the same
// double. The generator is the same algorithm, so the match must be exact.
#include <vector>

#include "catch.h"
#include "numpy_random.h"

TEST_CASE("random/uniform_matches_numpy_seed_42") {
  NumpyRandom rng(42);
  REQUIRE(rng.uniform() == 0.3745401188473625);
  REQUIRE(rng.uniform() == 0.9507143064099162);
  REQUIRE(rng.uniform() == 0.7319939418114051);
}

TEST_CASE("random/randn_matches_numpy_seed_42") {
  NumpyRandom rng(42);
  const Matrix draws = rng.randn(1, 5);
  const std::vector<double> numpy = {0.4967141530112327, -0.13826430117118466, 0.6476885381006925,
                                     1.5230298564080254, -0.23415337472333597};
  REQUIRE(draws.values() == numpy);
}

TEST_CASE("random/spare_normal_carries_over_between_calls") {
  // randn(3) uses one and a half Box-Muller pairs; the spare half must start
  // the next call, as NumPy's does.
  NumpyRandom rng(7);
  REQUIRE(rng.randn(3, 1).values() ==
          std::vector<double>{1.690525703800356, -0.4659373705408328, 0.0328201636785844});
  REQUIRE(rng.randn(1, 2).values() ==
          std::vector<double>{0.40751628299650783, -0.7889230286257386});
}

TEST_CASE("random/same_seed_same_stream") {
  NumpyRandom first(123);
  NumpyRandom second(123);
  REQUIRE(first.randn(3, 3).values() == second.randn(3, 3).values());
}

// Printed by NumPy 1.24.2:
//   np.random.seed(3);  np.random.permutation(10)
//   np.random.seed(42); p = np.random.permutation(569); p[:6], p[-3:]
//   np.random.seed(1);  np.random.randn(3); np.random.permutation(7); np.random.randn()
TEST_CASE("random/permutation_matches_numpy") {
  NumpyRandom three(3);
  REQUIRE(three.permutation(10) == std::vector<int>{5, 4, 1, 2, 9, 6, 7, 0, 3, 8});
  NumpyRandom forty_two(42);
  const std::vector<int> order = forty_two.permutation(569);
  REQUIRE(std::vector<int>(order.begin(), order.begin() + 6) ==
          std::vector<int>{204, 70, 131, 431, 540, 567});
  REQUIRE(std::vector<int>(order.end() - 3, order.end()) == std::vector<int>{270, 435, 102});
}

TEST_CASE("random/permutation_leaves_the_spare_normal_alone") {
  // randn(3) leaves a spare normal; permutation draws 32-bit words directly,
  // so the spare is still the next randn, as in NumPy.
  NumpyRandom rng(1);
  rng.randn(3, 1);
  REQUIRE(rng.permutation(7) == std::vector<int>{3, 5, 4, 0, 2, 1, 6});
  REQUIRE(rng.normal() == -1.0729686221561705);
}
