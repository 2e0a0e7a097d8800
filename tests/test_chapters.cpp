// Tests for the functions chapters 1-6 teach, on small cases worked by hand.
#include <cmath>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "catch.h"
#include "check_close.h"

namespace {

constexpr double kTolerance = 1e-12;  // for results computed in a few operations

void require_close(const Matrix& got, const Matrix& expected, double tolerance = kTolerance) {
  REQUIRE(check_close("result", got, expected, tolerance));
}

// A 2-2-1 network small enough to check by hand.
Network tiny_network() {
  return Network{Matrix{{1, -1}, {0.5, 2}}, Matrix{{0, 1}}, Matrix{{2}, {-1}}, Matrix{{0.5}}};
}

}  // namespace

// ---- chapter 1 ------------------------------------------------------------

TEST_CASE("chapter1/sigmoid_known_values") {
  REQUIRE(sigmoid(0.0) == 0.5);
  REQUIRE(std::fabs(sigmoid(std::log(3.0)) - 0.75) <= kTolerance);         // 1 / (1 + 1/3)
  REQUIRE(std::fabs(sigmoid(-2.0) - (1.0 - sigmoid(2.0))) <= kTolerance);  // symmetry
  require_close(sigmoid(Matrix{{0, std::log(3.0)}}), Matrix{{0.5, 0.75}});
}

TEST_CASE("chapter1/sigmoid_saturates_without_nan") {
  REQUIRE(sigmoid(-1000.0) == 0.0);
  REQUIRE(sigmoid(1000.0) == 1.0);
  const Matrix extremes = sigmoid(Matrix{{-1000, 1000}});
  REQUIRE(extremes.values() == std::vector<double>{0.0, 1.0});
}

TEST_CASE("chapter1/neuron_three_inputs") {
  // The article's neuron: z = 0.4*1 - 1.2*2 + 0.7*(-0.5) + 0.1 = -2.25.
  const Neuron neuron{Matrix{{0.4}, {-1.2}, {0.7}}, 0.1};
  const double expected = 1.0 / (1.0 + std::exp(2.25));  // 0.0953...
  REQUIRE(std::fabs(neuron.forward(Matrix{{1.0, 2.0, -0.5}}) - expected) <= kTolerance);
  REQUIRE(std::fabs(expected - 0.0953) < 0.0001);
}

TEST_CASE("chapter1/neuron_wrong_input_size") {
  const Neuron neuron{Matrix{{0.4}, {-1.2}, {0.7}}, 0.1};
  REQUIRE_THROWS_WITH(neuron.forward(Matrix{{1.0, 2.0}}),
                      "matmul: (1,2) @ (3,1): inner dimensions 2 and 3 differ");
}

// ---- chapter 2 ------------------------------------------------------------

TEST_CASE("chapter2/dataset_is_centred") {
  require_close(centre_people(people_raw()), Matrix{{-2, -7}, {5, 20}, {3, 12}, {-7, -20}});
  require_close(labels(), Matrix{{0}, {1}, {1}, {0}});
}

TEST_CASE("chapter2/init_network_shapes_and_zero_biases") {
  NumpyRandom rng(1);
  const Network net = init_network(rng, 3, 5, 2, 0.3);
  REQUIRE(net.W1.shape() == "(3,5)");
  REQUIRE(net.b1.shape() == "(1,5)");
  REQUIRE(net.W2.shape() == "(5,2)");
  REQUIRE(net.b2.shape() == "(1,2)");
  require_close(net.b1, Matrix(1, 5));
  require_close(net.b2, Matrix(1, 2));
}

TEST_CASE("chapter2/init_network_draws_W1_before_W2") {
  NumpyRandom rng(42);
  const Matrix first = 0.3 * rng.randn(2, 4);
  const Matrix second = 0.3 * rng.randn(4, 1);
  const Network net = init_network(Settings{});
  require_close(net.W1, first, 0.0);
  require_close(net.W2, second, 0.0);
}

TEST_CASE("chapter2/dense_forward_adds_bias_to_every_row") {
  // X (2,2) @ W (2,2) + b (1,2)
  const Matrix z = dense_forward(Matrix{{1, 2}, {3, 4}}, Matrix{{1, 0}, {0, 1}}, Matrix{{10, 20}});
  require_close(z, Matrix{{11, 22}, {13, 24}});
}

TEST_CASE("chapter2/forward_by_hand") {
  // x = (1, 2): z1 = (1*1 + 2*0.5 + 0, 1*-1 + 2*2 + 1) = (2, 4)
  const ForwardCache cache = forward(tiny_network(), Matrix{{1, 2}});
  const double a1 = sigmoid(2.0);
  const double a2 = sigmoid(4.0);
  require_close(cache.a1, Matrix{{a1, a2}});
  require_close(cache.y_hat, Matrix{{sigmoid(2 * a1 - a2 + 0.5)}});
}

TEST_CASE("chapter2/forward_shapes_on_the_article_data") {
  const ForwardCache cache = forward(init_network(Settings{}), centre_people(people_raw()));
  REQUIRE(cache.a1.shape() == "(4,4)");
  REQUIRE(cache.y_hat.shape() == "(4,1)");
  for (double p : cache.y_hat.values()) {
    REQUIRE(p > 0.0);
    REQUIRE(p < 1.0);
  }
}

TEST_CASE("chapter2/forward_wrong_input_shape") {
  REQUIRE_THROWS_WITH(forward(init_network(Settings{}), Matrix(4, 3)),
                      "matmul: (4,3) @ (2,4): inner dimensions 3 and 2 differ");
}

// ---- chapter 3 ------------------------------------------------------------

TEST_CASE("chapter3/bce_known_values") {
  constexpr double kEpsilonEffect = 1e-7;  // the epsilon shifts each log a little
  REQUIRE(std::fabs(bce_loss(Matrix{{0.5}}, Matrix{{1}}) - std::log(2.0)) < kEpsilonEffect);
  REQUIRE(std::fabs(bce_loss(Matrix{{0.1}}, Matrix{{0}}) + std::log(0.9)) < kEpsilonEffect);
  // The mean over the batch: (-log 0.8 - log 0.6) / 2
  const double expected = (-std::log(0.8) - std::log(0.6)) / 2;
  REQUIRE(std::fabs(bce_loss(Matrix{{0.8}, {0.4}}, Matrix{{1}, {0}}) - expected) < kEpsilonEffect);
}

TEST_CASE("chapter3/bce_finite_at_predictions_0_and_1") {
  const double certain_and_wrong = bce_loss(Matrix{{0}, {1}}, Matrix{{1}, {0}});
  const double certain_and_right = bce_loss(Matrix{{0}, {1}}, Matrix{{0}, {1}});
  REQUIRE(std::isfinite(certain_and_wrong));
  REQUIRE(std::isfinite(certain_and_right));
  REQUIRE(std::fabs(certain_and_wrong + std::log(kLogEpsilon)) < 1e-6);  // about 18.42
  REQUIRE(std::fabs(certain_and_right) < 1e-7);
}

TEST_CASE("chapter3/bce_shape_error") {
  REQUIRE_THROWS_WITH(bce_loss(Matrix(4, 1), Matrix(1, 4)),
                      "bce_loss: (4,1) vs (1,4): element-wise operations need equal shapes");
}

// ---- chapter 4 ------------------------------------------------------------

TEST_CASE("chapter4/output_delta_is_prediction_minus_target") {
  require_close(output_delta(Matrix{{0.9}, {0.2}}, Matrix{{1}, {0}}), Matrix{{-0.1}, {0.2}});
}

TEST_CASE("chapter4/dense_backward_by_hand") {
  // Two examples, a 2-input, 1-unit layer.
  const Matrix input{{1, 2}, {3, 4}};  // (N,I) = (2,2)
  const Matrix dz{{1}, {-2}};          // (N,H) = (2,1)
  const DenseGradients g = dense_backward(dz, input, Matrix{{3}, {-1}});
  require_close(g.dW, Matrix{{(1 * 1 + 3 * -2) / 2.0}, {(2 * 1 + 4 * -2) / 2.0}});
  require_close(g.db, Matrix{{-0.5}});
  require_close(g.dinput, Matrix{{1 * 3, 1 * -1}, {-2 * 3, -2 * -1}});
}

TEST_CASE("chapter4/sigmoid_backward_uses_a_times_one_minus_a") {
  require_close(sigmoid_backward(Matrix{{2, 1}}, Matrix{{0.5, 0.9}}), Matrix{{0.5, 0.09}});
}

TEST_CASE("chapter4/gradients_have_their_parameters_shapes") {
  const Network net = init_network(Settings{});
  const Matrix X = centre_people(people_raw());
  const Gradients g = backward(net, X, labels(), forward(net, X));
  REQUIRE(g.dW1.shape() == net.W1.shape());
  REQUIRE(g.db1.shape() == net.b1.shape());
  REQUIRE(g.dW2.shape() == net.W2.shape());
  REQUIRE(g.db2.shape() == net.b2.shape());
}

// ---- chapter 5 ------------------------------------------------------------

TEST_CASE("chapter5/sgd_step_moves_against_the_gradient") {
  Network net = tiny_network();
  const Gradients g{Matrix{{1, 0}, {0, 1}}, Matrix{{2, -2}}, Matrix{{1}, {1}}, Matrix{{-4}}};
  sgd_step(net, g, 0.5);
  require_close(net.W1, Matrix{{0.5, -1}, {0.5, 1.5}});
  require_close(net.b1, Matrix{{-1, 2}});
  require_close(net.W2, Matrix{{1.5}, {-1.5}});
  require_close(net.b2, Matrix{{2.5}});
}

TEST_CASE("chapter5/training_lowers_the_loss") {
  Settings settings;
  settings.epochs = 200;
  Network net = init_network(settings);
  const TrainingHistory history = train(net, centre_people(people_raw()), labels(), settings);
  REQUIRE(history.losses.size() == 200);
  REQUIRE(history.losses.back() < history.losses.front());
}

// ---- chapter 6 ------------------------------------------------------------

TEST_CASE("chapter6/prediction_centres_the_new_person") {
  const Network net = tiny_network();
  // 68 in, 145 lb centred is (1, 5): the same as feeding (1, 5) to forward.
  const double expected = forward(net, Matrix{{1, 5}}).y_hat(0, 0);
  REQUIRE(std::fabs(predict_probability(net, 68, 145) - expected) <= kTolerance);
}
