// Chapter 4's exercise tests (backpropagation): one test case per exercise,
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
#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "exercise_check.h"
#include "exercise_fixtures.h"
#include "reference_file.h"

TEST_CASE("exercise/07_output_delta") {
  const Exercise exercise = about(
      7, {"Sigmoid and cross-entropy cancel beautifully: the result is very simple.",
          "dz2 = y_hat - y.", "y_hat and y are both (N,O), and so is dz2: one row per example."});
  INFO(exercise.explanation());
  check_close("output_delta(y_hat = {0.9, 0.2}, y = {1, 0})",
              output_delta(Matrix{{0.9}, {0.2}}, Matrix{{1}, {0}}), Matrix{{-0.1}, {0.2}}, kExact);
}

TEST_CASE("exercise/08_dense_backward") {
  const Exercise exercise =
      about(8, {"One product for the weights, one mean for the bias, one product for the input.",
                "dW = input^T @ dz / N;  db = mean of dz over its rows;  dinput = dz @ W^T.",
                "input^T is (I,N) and dz is (N,H), so dW is (I,H) like W; db is (1,H) like "
                "b; dz (N,H) @ W^T (H,I) is (N,I) like the input."});
  INFO(exercise.explanation());
  const Matrix input{{1, 2}, {3, 4}};  // (N,I) = (2,2)
  const Matrix dz{{1}, {-2}};          // (N,H) = (2,1)
  const Matrix W{{3}, {-1}};           // (I,H) = (2,1)
  const DenseGradients g = dense_backward(dz, input, W);
  check_close("dW", g.dW, Matrix{{-2.5}, {-3}}, kExact);
  check_close("db", g.db, Matrix{{-0.5}}, kExact);
  check_close("dinput", g.dinput, Matrix{{3, -1}, {-6, 2}}, kExact);
  const Matrix wide_W{{1, 2, 0}, {0, -1, 1}};  // (I,H) = (2,3)
  const DenseGradients wide = dense_backward(Matrix{{1, 0, 2}}, Matrix{{3, -1}}, wide_W);  // N = 1
  check_close("dW of one example, 2 inputs, 3 units", wide.dW, Matrix{{3, 0, 6}, {-1, 0, -2}},
              kExact);
  check_close("db of one example, 3 units", wide.db, Matrix{{1, 0, 2}}, kExact);
  check_close("dinput of one example, 3 units", wide.dinput, Matrix{{1, 2}}, kExact);
}

TEST_CASE("exercise/09_sigmoid_backward") {
  const Exercise exercise = about(9, {"The sigmoid's slope can be written with its own output a.",
                                      "dz = da * a * (1 - a), element by element (hadamard).",
                                      "da, a and the result all have the same shape (R,C)."});
  INFO(exercise.explanation());
  check_close("sigmoid_backward(da = {2, 1}, a = {0.5, 0.9})",
              sigmoid_backward(Matrix{{2, 1}}, Matrix{{0.5, 0.9}}), Matrix{{0.5, 0.09}}, kExact);
  // Several rows (one per person), as in the network: every entry on its own.
  check_close(
      "sigmoid_backward(da = {{2, 1}, {1, -1}, {0.5, 4}}, "
      "a = {{0.5, 0.9}, {0.1, 0.2}, {0.3, 0.99}})",
      sigmoid_backward(Matrix{{2, 1}, {1, -1}, {0.5, 4}},
                       Matrix{{0.5, 0.9}, {0.1, 0.2}, {0.3, 0.99}}),
      Matrix{{0.5, 0.09}, {0.09, -0.16}, {0.105, 0.0396}}, kExact);
}

TEST_CASE("exercise/10_backward") {
  const Exercise exercise =
      about(10, {"Walk the forward pass backwards, reusing exercises 7, 8 and 9.",
                 "dz2 = output_delta; layer2 = dense_backward(dz2, a1, W2); "
                 "dz1 = sigmoid_backward(layer2.dinput, a1); layer1 = dense_backward(dz1, X, W1).",
                 "Return {dW1 (I,H), db1 (1,H), dW2 (H,O), db2 (1,O)}, in that order."});
  INFO(exercise.explanation());
  const Network net = numpy_start();
  const Gradients g = backward(net, X, y, forward_by_hand(net, X));
  check_close("dW1 (NumPy's dW1_init)", g.dW1, numpy()["dW1_init"], kParityTolerance);
  check_close("db1 (NumPy's db1_init)", g.db1, numpy()["db1_init"], kParityTolerance);
  check_close("dW2 (NumPy's dW2_init)", g.dW2, numpy()["dW2_init"], kParityTolerance);
  check_close("db2 (NumPy's db2_init)", g.db2, numpy()["db2_init"], kParityTolerance);
}
