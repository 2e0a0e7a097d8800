// Chapter 3's exercise tests (the loss): one test case per exercise,
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
#include "exercise_check.h"
#include "exercise_fixtures.h"
#include "reference_file.h"

TEST_CASE("exercise/06_bce_loss") {
  const Exercise exercise =
      about(6, {"Average the surprise: -log of the probability given to the true label.",
                "loss = -mean( y*log(y_hat + eps) + (1-y)*log(1 - y_hat + eps) ).",
                "y and y_hat are both (N,O); the result is one number. Check the shapes "
                "match first (zip_with does)."});
  INFO(exercise.explanation());
  check_close("loss of y_hat = 0.5 for y = 1", bce_loss(Matrix{{0.5}}, Matrix{{1}}), std::log(2.0),
              kEpsilonEffect);
  check_close("loss of y_hat = 0.1 for y = 0", bce_loss(Matrix{{0.1}}, Matrix{{0}}), -std::log(0.9),
              kEpsilonEffect);
  check_close("mean loss of two examples", bce_loss(Matrix{{0.8}, {0.4}}, Matrix{{1}, {0}}),
              (-std::log(0.8) - std::log(0.6)) / 2, kEpsilonEffect);
  check_close("loss of the untrained network (NumPy's loss_init)",
              bce_loss(numpy()["predictions_init"], y), numpy()["loss_init"](0, 0),
              kParityTolerance);
  check_close("loss of certain, wrong predictions (capped by the epsilon at -log(1e-8))",
              bce_loss(Matrix{{0}, {1}}, Matrix{{1}, {0}}), -std::log(kLogEpsilon), kExact);
  check_close("loss of certain, right predictions", bce_loss(Matrix{{0}, {1}}, Matrix{{0}, {1}}),
              0.0, kEpsilonEffect);
  REQUIRE_THROWS_AS(bce_loss(Matrix(4, 1), Matrix(1, 4)), ShapeError);
}
