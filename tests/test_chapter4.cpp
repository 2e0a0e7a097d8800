// Chapter 4's tests beyond its exercises (tests/exercises/). Backprop is
// proven, not trusted: every gradient of backward() is compared with
// numerical_gradients(), central finite differences that use nothing but
// forward passes, on networks of several sizes; and the untrained network's
// predictions, loss and gradients against NumPy's.
#include <cstdint>
#include <string>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "04_backprop/gradient_check.h"
#include "catch.h"
#include "check_close.h"
#include "check_gradient.h"
#include "numpy_parity.h"
#include "numpy_random.h"

namespace {

void check_all_gradients(const Network& net, const Matrix& X, const Matrix& y) {
  const Gradients analytic = backward(net, X, y, forward(net, X));
  const Gradients numeric = numerical_gradients(net, X, y);
  check_gradient("dW1", analytic.dW1, numeric.dW1);
  check_gradient("db1", analytic.db1, numeric.db1);
  check_gradient("dW2", analytic.dW2, numeric.dW2);
  check_gradient("db2", analytic.db2, numeric.db2);
}

// A random network with non-zero biases, random inputs and random 0/1 labels.
void check_random_network(std::uint32_t seed, int examples, int inputs, int hidden) {
  INFO("network " << inputs << "-" << hidden << "-1 on " << examples << " examples, seed " << seed);
  NumpyRandom rng(seed);
  Network net = init_network(rng, inputs, hidden, 1, 1.0);
  net.b1 = rng.randn(1, hidden);
  net.b2 = rng.randn(1, 1);
  const Matrix X = rng.randn(examples, inputs);
  const Matrix y =
      map(Matrix(examples, 1), [&rng](double) { return rng.uniform() < 0.5 ? 0.0 : 1.0; });
  check_all_gradients(net, X, y);
}

// The article's inputs, scaled as the NumPy reference says, and labels.
const Matrix X = scale_inputs(people_raw(), article_scaling());
const Matrix y = labels();

}  // namespace

TEST_CASE("chapter4/gradients_have_their_parameters_shapes") {
  const Network net = init_network(Settings{});
  const Matrix X = centre_people(people_raw());
  const Gradients g = backward(net, X, labels(), forward(net, X));
  REQUIRE(g.dW1.shape() == net.W1.shape());
  REQUIRE(g.db1.shape() == net.b1.shape());
  REQUIRE(g.dW2.shape() == net.W2.shape());
  REQUIRE(g.db2.shape() == net.b2.shape());
}

TEST_CASE("gradcheck/article_network_at_its_start") {
  check_all_gradients(init_network(Settings{}), centre_people(people_raw()), labels());
}

TEST_CASE("gradcheck/random_2_4_1") {
  check_random_network(1, 4, 2, 4);
  check_random_network(2, 4, 2, 4);
}

TEST_CASE("gradcheck/random_wider_3_16_1") { check_random_network(3, 8, 3, 16); }

TEST_CASE("gradcheck/random_wide_5_64_1") { check_random_network(4, 10, 5, 64); }

TEST_CASE("gradcheck/random_single_example_1_1_1") { check_random_network(5, 1, 1, 1); }

TEST_CASE("gradcheck/finite_differences_of_a_known_slope") {
  // The referee itself: with W2 = 0 the output is sigmoid(b2) whatever the
  // input, so dL/db2 = mean(sigmoid(b2) - y) exactly, and dL/dW1 = 0.
  NumpyRandom rng(9);
  Network net = init_network(rng, 2, 3, 1, 1.0);
  net.W2 = Matrix(3, 1);
  net.b2 = Matrix{{0.4}};
  const Matrix X = rng.randn(4, 2);
  const Matrix y{{1}, {0}, {1}, {1}};
  const Gradients numeric = numerical_gradients(net, X, y);
  const double expected_db2 = sigmoid(0.4) - 0.75;
  INFO("numerical db2 " << numeric.db2(0, 0) << ", exact " << expected_db2);
  CHECK(check_close("numerical db2", numeric.db2(0, 0), expected_db2, kEpsilonEffect));
  CHECK(check_close("dW1 (W2 is zero, so no gradient reaches it)", numeric.dW1, Matrix(2, 3),
                    kExact));
}

TEST_CASE("parity/untrained_predictions_loss_and_gradients") {
  const Network net = init_network(article_reference().settings());
  const ForwardCache cache = forward(net, X);
  require_matches_numpy("predictions_init", cache.y_hat);
  require_matches_numpy("loss_init", Matrix{{bce_loss(cache.y_hat, y)}});
  const Gradients g = backward(net, X, y, cache);
  require_matches_numpy("dW1_init", g.dW1);
  require_matches_numpy("db1_init", g.db1);
  require_matches_numpy("dW2_init", g.dW2);
  require_matches_numpy("db2_init", g.db2);
}
