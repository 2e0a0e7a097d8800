// Chapter 5's exercise tests (the training loop): one test case per exercise,
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
#include "05_training_loop/training.h"
#include "exercise_check.h"
#include "exercise_fixtures.h"
#include "reference_file.h"

TEST_CASE("exercise/11_sgd_step") {
  const Exercise exercise =
      about(11, {"Downhill means against the gradient.",
                 "theta = theta - learning_rate * d_theta, for W1, b1, W2 and b2.",
                 "Each gradient has exactly its parameter's shape, so plain - works."});
  INFO(exercise.explanation());
  Network net{Matrix{{1, -1}, {0.5, 2}}, Matrix{{0, 1}}, Matrix{{2}, {-1}}, Matrix{{0.5}}};
  const Gradients g{Matrix{{1, 0}, {0, 1}}, Matrix{{2, -2}}, Matrix{{1}, {1}}, Matrix{{-4}}};
  sgd_step(net, g, 0.5);
  check_close("W1 after one step", net.W1, Matrix{{0.5, -1}, {0.5, 1.5}}, kExact);
  check_close("b1 after one step", net.b1, Matrix{{-1, 2}}, kExact);
  check_close("W2 after one step", net.W2, Matrix{{1.5}, {-1.5}}, kExact);
  check_close("b2 after one step", net.b2, Matrix{{2.5}}, kExact);
}

TEST_CASE("exercise/12_train") {
  const Exercise exercise =
      about(12, {"Repeat: forward, loss, backward, step. Record before you step.",
                 "Each epoch: cache = forward; record bce_loss(cache.y_hat, y) and "
                 "cache.y_hat; grads = backward; sgd_step(net, grads, learning_rate).",
                 "history.losses and history.predictions each get exactly settings.epochs "
                 "entries; every prediction is (N,O). A non-finite loss ends training with "
                 "TrainingDiverged."});
  INFO(exercise.explanation());
  const Settings settings;      // the article's learning rate and epochs
  Network net = numpy_start();  // the article's first weights, without exercise 3
  const TrainingHistory history = train(net, X, y, settings);
  REQUIRE(history.losses.size() == static_cast<std::size_t>(settings.epochs));
  REQUIRE(history.predictions.size() == static_cast<std::size_t>(settings.epochs));
  check_logged_losses(history.losses);
  check_close("predictions at epoch 0", history.predictions.front(), numpy()["predictions_init"],
              kParityTolerance);
  check_close("W1 after training", net.W1, numpy()["W1_final"], kParityTolerance);
  check_close("W2 after training", net.W2, numpy()["W2_final"], kParityTolerance);

  // Weights so large that X @ W1 adds +inf to -inf: the loss is NaN at epoch 0.
  Network overflowing = numpy_start();
  overflowing.W1 = Matrix{{1e308, 1e308, 1e308, 1e308}, {-1e308, -1e308, -1e308, -1e308}};
  INFO("training a network whose first weights are about 1e308 must throw TrainingDiverged");
  REQUIRE_THROWS_AS(train(overflowing, X, y, settings), TrainingDiverged);
}
