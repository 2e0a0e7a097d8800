// Chapter 1's exercise tests (one neuron): one test case per exercise,
// exercise/NN_name, run against the reference solutions in the default build
// and against the student's files (chapters/*/exercises/) in the `exercises`
// build. How they are checked for honesty: tests/exercises/CMakeLists.txt.
#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "01_single_neuron/neuron.h"
#include "exercise_check.h"
#include "exercise_fixtures.h"
#include "reference_file.h"

TEST_CASE("exercise/01_sigmoid") {
  const Exercise exercise =
      about(1, {"The output must squash any real z into (0, 1) and equal one half at z = 0.",
                "sigmoid(z) = 1 / (1 + e^(-z)); std::exp computes e^x.",
                "The matrix version returns the same shape as its input: apply the "
                "one-number version to every element (map() in matrix.h does the loop)."});
  INFO(exercise.explanation());
  check_close("sigmoid(0)", sigmoid(0.0), 0.5, kExact);
  check_close("sigmoid(ln 3)", sigmoid(std::log(3.0)), 0.75, kExact);
  check_close("sigmoid(-2)", sigmoid(-2.0), logistic(-2.0), kExact);
  check_close("sigmoid(-1000)", sigmoid(-1000.0), 0.0, 0.0);
  check_close("sigmoid(1000)", sigmoid(1000.0), 1.0, 0.0);
  check_close("sigmoid of the matrix {{0, ln 3}, {-1000, 1000}}",
              sigmoid(Matrix{{0, std::log(3.0)}, {-1000, 1000}}), Matrix{{0.5, 0.75}, {0, 1}},
              kExact);
}

TEST_CASE("exercise/02_neuron_forward") {
  const Exercise exercise =
      about(2, {"Weighted sum, plus bias, then squash.", "z = x . w + b, output = sigmoid(z).",
                "x is (1,I) and weights is (I,1), so matmul(x, weights) is (1,1): take its "
                "element (0,0)."});
  INFO(exercise.explanation());
  const Neuron three{Matrix{{0.4}, {-1.2}, {0.7}}, 0.1};
  check_close("the three-input neuron of chapter 1", three.forward(Matrix{{1.0, 2.0, -0.5}}),
              logistic(-2.25), kExact);
  const Neuron one{Matrix{{1.5}}, -0.9};
  check_close("the one-input neuron of chapter 1", one.forward(Matrix{{0.8}}), logistic(0.3),
              kExact);
}
