// Backprop is proven, not trusted: every gradient from chapter 4's backward()
// is compared with chapter 4's numerical_gradients(), central finite
// differences that use nothing but forward passes, on networks of several
// sizes. On failure the test prints both gradients side by side.
#include <cmath>
#include <sstream>
#include <string>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/dataset.h"
#include "03_loss/loss.h"
#include "04_backprop/gradient_check.h"
#include "07_deeper_networks/deep_training.h"
#include "catch.h"
#include "check_close.h"

namespace {

constexpr double kGradTolerance = 1e-6;  // largest relative error we accept

void check_gradient(const std::string& label, const Matrix& analytic, const Matrix& numeric) {
  const double error = relative_error(analytic, numeric);
  std::ostringstream both;
  print(both, "backprop", analytic, 8);
  print(both, "finite differences", numeric, 8);
  INFO(label << ": relative error " << error << " (tolerance " << kGradTolerance
             << "), largest difference " << worst_entry(analytic, numeric).difference << "\n"
             << both.str());
  CHECK(error < kGradTolerance);  // written so that NaN fails
}

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

}  // namespace

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

// Chapter 7: the deep network's backward pass, every layer, every activation.

namespace {

// The loss's slope along each entry of `parameter`, by central differences
// (the same formula as chapter 4's numerical_gradients).
template <typename Loss>
Matrix central_differences(Matrix& parameter, Loss loss) {
  const double h = kFiniteDifferenceStep;
  Matrix slope(parameter.rows(), parameter.cols());
  for (int r = 0; r < parameter.rows(); ++r) {
    for (int c = 0; c < parameter.cols(); ++c) {
      const double kept = parameter(r, c);
      parameter(r, c) = kept + h;
      const double up = loss();
      parameter(r, c) = kept - h;
      const double down = loss();
      parameter(r, c) = kept;
      slope(r, c) = (up - down) / (2 * h);
    }
  }
  return slope;
}

// The smallest |z| of any hidden unit on X: how close a ReLU is to its kink.
double closest_to_kink(const DeepNetwork& net, const Matrix& X) {
  double closest = INFINITY;
  Matrix a = X;
  for (std::size_t l = 0; l + 1 < net.W.size(); ++l) {
    const Matrix z = dense_forward(a, net.W[l], net.b[l]);
    for (const double v : z.values()) closest = std::fmin(closest, std::fabs(v));
    a = activate(net.activation, z);
  }
  return closest;
}

// A deep network (depth 4, width 5, LeCun's init so that no gradient is
// vanishingly small) with random biases, on random inputs and 0/1 labels.
void check_deep_network(Activation kind, std::uint32_t seed) {
  DeepSettings deep;
  deep.depth = 4;
  deep.width = 5;
  deep.activation = kind;
  deep.init = Init::lecun;
  DeepNetwork net = init_deep_network(deep, 3, 1, seed, 0.3);
  NumpyRandom rng(seed + 1000);
  for (Matrix& b : net.b) b = 0.5 * rng.randn(1, b.cols());
  const Matrix X = rng.randn(6, 3);
  const Matrix y = map(Matrix(6, 1), [&rng](double) { return rng.uniform() < 0.5 ? 0.0 : 1.0; });
  // ReLU has no slope at z = 0: a finite difference whose two sides straddle
  // the kink measures neither side. With every |z| above 1e-3, a step of
  // 1e-5 moves no z across it, so the check compares like with like.
  const double closest = closest_to_kink(net, X);
  INFO(activation_name(kind) << " network, seed " << seed << ": smallest |z| " << closest);
  REQUIRE(closest > 1e-3);

  const DeepGradients analytic = deep_backward(net, y, deep_forward(net, X));
  const auto loss = [&] { return bce_loss(deep_forward(net, X).a.back(), y); };
  for (std::size_t l = 0; l < net.W.size(); ++l) {
    const std::string layer = "layer " + std::to_string(l + 1) + " ";
    check_gradient(layer + "dW", analytic.dW[l], central_differences(net.W[l], loss));
    check_gradient(layer + "db", analytic.db[l], central_differences(net.b[l], loss));
  }
}

}  // namespace

TEST_CASE("gradcheck/deep_sigmoid_depth_4") { check_deep_network(Activation::sigmoid, 11); }

TEST_CASE("gradcheck/deep_tanh_depth_4") { check_deep_network(Activation::tanh, 12); }

TEST_CASE("gradcheck/deep_relu_depth_4") { check_deep_network(Activation::relu, 13); }

TEST_CASE("gradcheck/deep_depth_1_is_chapter_4") {
  // One hidden layer of sigmoids is the article's network: the same
  // gradients as chapter 4's backward(), to the last bit.
  DeepSettings deep;
  deep.depth = 1;
  deep.width = 4;
  const DeepNetwork net = init_deep_network(deep, kInputs, kOutputs, 42, 0.3);
  const Network article = init_network(Settings{});
  const Matrix X = centre_people(people_raw());
  const Matrix y = labels();
  const DeepGradients deep_grads = deep_backward(net, y, deep_forward(net, X));
  const Gradients grads = backward(article, X, y, forward(article, X));
  CHECK(check_close("dW1", deep_grads.dW[0], grads.dW1, 0));
  CHECK(check_close("db1", deep_grads.db[0], grads.db1, 0));
  CHECK(check_close("dW2", deep_grads.dW[1], grads.dW2, 0));
  CHECK(check_close("db2", deep_grads.db[1], grads.db2, 0));
}
