// Backprop is proven, not trusted: every gradient from chapter 4 is compared
// with a numerical derivative of the loss, on networks of several sizes.
//
// For each parameter p, the central difference
//     (L(p + h) - L(p - h)) / (2h)
// approximates dL/dp with an error of order h^2. The two gradients are
// compared as whole matrices, like llm.c and cs231n do:
//     relative error = |analytic - numeric| / (|analytic| + |numeric|)
// where |.| is the Euclidean norm of all entries.
#include <cmath>
#include <string>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "catch.h"

namespace {

constexpr double kStep = 1e-5;           // h in the central difference
constexpr double kGradTolerance = 1e-6;  // largest relative error we accept

double loss_of(const Network& net, const Matrix& X, const Matrix& y) {
  return bce_loss(y, forward(net, X).y_hat);
}

// The numerical gradient of the loss with respect to one parameter matrix.
// `param` points into `net` and is nudged one element at a time.
Matrix numerical_gradient(Network& net, Matrix& param, const Matrix& X, const Matrix& y) {
  Matrix grad(param.rows(), param.cols());
  for (int i = 0; i < param.size(); ++i) {
    const double saved = param.values()[i];
    param.values()[i] = saved + kStep;
    const double loss_up = loss_of(net, X, y);
    param.values()[i] = saved - kStep;
    const double loss_down = loss_of(net, X, y);
    param.values()[i] = saved;
    grad.values()[i] = (loss_up - loss_down) / (2 * kStep);
  }
  return grad;
}

double norm(const Matrix& m) {
  double sum = 0.0;
  for (double v : m.values()) sum += v * v;
  return std::sqrt(sum);
}

void check_gradient(const std::string& label, const Matrix& analytic, const Matrix& numeric) {
  const double relative_error =
      norm(analytic - numeric) / std::fmax(norm(analytic) + norm(numeric), 1e-300);
  INFO(label << ": relative error " << relative_error << " (tolerance " << kGradTolerance
             << "), largest difference " << max_abs_difference(analytic, numeric) << "\nanalytic\n"
             << format(analytic, 8) << "numeric\n"
             << format(numeric, 8));
  CHECK(relative_error < kGradTolerance);
}

void check_all_gradients(Network net, const Matrix& X, const Matrix& y) {
  const Gradients analytic = backward(net, X, y, forward(net, X));
  check_gradient("dW1", analytic.dW1, numerical_gradient(net, net.W1, X, y));
  check_gradient("db1", analytic.db1, numerical_gradient(net, net.b1, X, y));
  check_gradient("dW2", analytic.dW2, numerical_gradient(net, net.W2, X, y));
  check_gradient("db2", analytic.db2, numerical_gradient(net, net.b2, X, y));
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
