// Chapter 2's exercise tests (stacking layers): one test case per exercise,
// exercise/NN_name, run against the reference solutions in the default build
// and against the student's files (chapters/*/exercises/) in the `exercises`
// build. How they are checked for honesty: tests/exercises/CMakeLists.txt.
#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "exercise_check.h"
#include "exercise_fixtures.h"
#include "reference_file.h"

TEST_CASE("exercise/03_init_network") {
  const Exercise exercise =
      about(3, {"Random weights, zero biases, and the order of the draws matters.",
                "W = scale * rng.randn(rows, cols); b = a row of zeros.",
                "W1 is (I,H), b1 is (1,H), W2 is (H,O), b2 is (1,O). Draw W1 first."});
  INFO(exercise.explanation());
  NumpyRandom rng(42);
  const Network net = init_network(rng, 2, 4, 1, 0.3);
  check_close("W1 with seed 42 (NumPy drew it first)", net.W1, numpy()["W1_init"],
              kParityTolerance);
  check_close("W2 with seed 42 (NumPy drew it second)", net.W2, numpy()["W2_init"],
              kParityTolerance);
  check_close("b1", net.b1, Matrix(1, 4), 0.0);
  check_close("b2", net.b2, Matrix(1, 1), 0.0);
  NumpyRandom other(7);
  const Network wide = init_network(other, 3, 5, 2, 1.0);
  check_close("b1 of a 3-5-2 network", wide.b1, Matrix(1, 5), 0.0);
  check_close("b2 of a 3-5-2 network", wide.b2, Matrix(1, 2), 0.0);
  CHECK(wide.W1.shape() == "(3,5)");
  CHECK(wide.W2.shape() == "(5,2)");
}

TEST_CASE("exercise/04_dense_forward") {
  const Exercise exercise =
      about(4, {"One matrix product, then the bias on every row.",
                "z = X @ W + b: matmul, then add_to_each_row.",
                "X (N,I) @ W (I,H) is (N,H); b is (1,H) and is added to each of the N rows."});
  INFO(exercise.explanation());
  check_close("dense_forward({{1,2},{3,4}}, identity, {{10,20}})",
              dense_forward(Matrix{{1, 2}, {3, 4}}, Matrix{{1, 0}, {0, 1}}, Matrix{{10, 20}}),
              Matrix{{11, 22}, {13, 24}}, kExact);
  check_close("dense_forward of one example through a 2-3 layer",
              dense_forward(Matrix{{1, -1}}, Matrix{{1, 2, 3}, {4, 5, 6}}, Matrix{{0.5, 0, -1}}),
              Matrix{{-2.5, -3, -4}}, kExact);
}

TEST_CASE("exercise/05_forward") {
  const Exercise exercise =
      about(5, {"Two layers, each a dense_forward followed by a sigmoid.",
                "a1 = sigmoid(X @ W1 + b1); y_hat = sigmoid(a1 @ W2 + b2).",
                "a1 is (N,H) and feeds the second layer; y_hat is (N,O). Store both in the "
                "cache."});
  INFO(exercise.explanation());
  const Network net = numpy_start();
  const ForwardCache cache = forward(net, X);
  check_close("a1 for the four people", cache.a1, forward_by_hand(net, X).a1, kExact);
  check_close("y_hat for the four people (NumPy's predictions_init)", cache.y_hat,
              numpy()["predictions_init"], kParityTolerance);
}
