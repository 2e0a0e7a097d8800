// Chapter 7's exercise tests (deeper networks): one test case per exercise,
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
#include "06_prediction/prediction.h"
#include "07_deeper_networks/data_sets.h"
#include "07_deeper_networks/deep_training.h"
#include "exercise_check.h"
#include "exercise_fixtures.h"
#include "reference_file.h"

namespace {

// The same network as chapter 7 sees it: one hidden layer of sigmoids.
DeepNetwork numpy_start_deep() {
  const Network net = numpy_start();
  return DeepNetwork{{net.W1, net.W2}, {net.b1, net.b2}};
}

// Chapter 7's NumPy reference: eight sigmoid layers of eight on the spirals.
const ReferenceFile& numpy_deep() {
  static const ReferenceFile file(NN_COMMITTED_DEEP_REFERENCE);
  return file;
}

// The activations written out here, so that chapter 7's tests do not depend
// on the student's.
Matrix activation_by_hand(Activation kind, const Matrix& z) {
  if (kind == Activation::tanh) return map(z, [](double v) { return std::tanh(v); });
  if (kind == Activation::relu) return map(z, [](double v) { return v > 0 ? v : 0.0; });
  return map(z, logistic);
}

// What deep_forward() should keep, computed here without the student's code.
DeepCache deep_forward_by_hand(const DeepNetwork& net, const Matrix& X) {
  DeepCache cache{{X}};
  for (std::size_t l = 0; l < net.W.size(); ++l) {
    const Matrix z = add_to_each_row(matmul(cache.a[l], net.W[l]), net.b[l]);
    const bool output_layer = l + 1 == net.W.size();
    cache.a.push_back(output_layer ? map(z, logistic) : activation_by_hand(net.activation, z));
  }
  return cache;
}

// A network of depth 2 and width 3 on 2 inputs, with weights and biases from
// NumPy's random numbers (seed 5), and five examples.
DeepNetwork small_deep_network(Activation kind) {
  NumpyRandom rng(5);
  DeepNetwork net;
  net.activation = kind;
  for (const auto& [fan_in, fan_out] : {std::pair{2, 3}, {3, 3}, {3, 1}}) {
    net.W.push_back(rng.randn(fan_in, fan_out));
    net.b.push_back(rng.randn(1, fan_out));
  }
  return net;
}

}  // namespace

TEST_CASE("exercise/14_tanh") {
  const Exercise exercise =
      about(14, {"tanh is in <cmath>; its slope, like the sigmoid's, can be read off its output.",
                 "a = tanh(z) element by element; dz = da * (1 - a * a).",
                 "map() applies a function to every element; hadamard() multiplies two (R,C) "
                 "matrices element by element; 1.0 - m subtracts every element from 1."});
  INFO(exercise.explanation());
  check_close("tanh_forward({0, 1, -2, 0.5})", tanh_forward(Matrix{{0, 1, -2, 0.5}}),
              Matrix{{0, 0.7615941559557649, -0.9640275800758169, 0.46211715726000974}}, kExact);
  check_close("tanh_backward(da = {2, 1, -1}, a = {0.5, -0.9, 0})",
              tanh_backward(Matrix{{2, 1, -1}}, Matrix{{0.5, -0.9, 0}}), Matrix{{1.5, 0.19, -1}},
              kExact);
  check_close("tanh_backward on two rows", tanh_backward(Matrix{{1}, {3}}, Matrix{{0.1}, {-0.2}}),
              Matrix{{0.99}, {2.88}}, kExact);
}

TEST_CASE("exercise/15_relu") {
  const Exercise exercise =
      about(15, {"ReLU lets positive numbers through and stops the rest; so does its gradient.",
                 "a = max(z, 0); dz = da where a > 0, and 0 where a = 0.",
                 "Both are element by element, (R,C) -> (R,C): map() or a loop over (r, c)."});
  INFO(exercise.explanation());
  check_close("relu_forward({-2, 0, 3.5, -0.1, 7})", relu_forward(Matrix{{-2, 0, 3.5, -0.1, 7}}),
              Matrix{{0, 0, 3.5, 0, 7}}, kExact);
  check_close("relu_backward(da = {1, 2, 3, -4}, a = {0, 0.5, 0, 2})",
              relu_backward(Matrix{{1, 2, 3, -4}}, Matrix{{0, 0.5, 0, 2}}), Matrix{{0, 2, 0, -4}},
              kExact);
  check_close("relu_backward on two rows", relu_backward(Matrix{{5}, {6}}, Matrix{{1e-9}, {0}}),
              Matrix{{5}, {0}}, kExact);
}

TEST_CASE("exercise/16_deep_forward") {
  const Exercise exercise = about(
      16, {"Chapter 2's forward pass, in a loop over the layers; keep every layer's output.",
           "Each layer is chapter 2's dense_forward of the layer below's output, then an "
           "activation: the network's own (activate()) for the hidden layers, the sigmoid for "
           "the output layer, whatever the hidden layers use.",
           "net.W has L + 1 entries, so cache.a ends with L + 2: X (N,I), L hidden (N,H), y_hat "
           "(N,O)."});
  INFO(exercise.explanation());
  // One hidden layer of sigmoids is the article's network at its start.
  const DeepNetwork article = numpy_start_deep();
  const DeepCache first = deep_forward(article, X);
  REQUIRE(first.a.size() == 3);
  check_close("y_hat of the article's network (NumPy's predictions_init)", first.a[2],
              numpy()["predictions_init"], kParityTolerance);
  for (const Activation kind : kActivations) {
    const DeepNetwork net = small_deep_network(kind);
    const DeepCache got = deep_forward(net, X5);
    const DeepCache expected = deep_forward_by_hand(net, X5);
    const std::string about_net = std::string("depth 2, ") + activation_name(kind) + ": ";
    REQUIRE(got.a.size() == expected.a.size());
    // From the input up; the first layer that differs is where to look.
    for (std::size_t l = 0; l < got.a.size(); ++l) {
      const std::string what =
          l == 0 ? "a[0], the input X"
                 : "a[" + std::to_string(l) + "], the output of layer " + std::to_string(l);
      if (!check_close(about_net + what, got.a[l], expected.a[l], kExact)) break;
    }
  }
}

TEST_CASE("exercise/17_deep_backward") {
  const Exercise exercise = about(
      17, {"Chapter 4's backward pass, in a loop from the output layer down to the first.",
           "dz = output_delta(a[L+1], y); for l = L ... 0: g = dense_backward(dz, a[l], W[l]); "
           "dW[l] = g.dW; db[l] = g.db; if l > 0: dz = activation_backward(net.activation, "
           "g.dinput, a[l]).",
           "dW[l] has W[l]'s shape and db[l] has b[l]'s; fill both vectors with L + 1 "
           "matrices (index l, not push_back, since you go backwards)."});
  INFO(exercise.explanation());
  // One hidden layer of sigmoids: NumPy's gradients of the article's network.
  const DeepNetwork article = numpy_start_deep();
  const DeepGradients first = deep_backward(article, y, deep_forward_by_hand(article, X));
  REQUIRE(first.dW.size() == 2);
  REQUIRE(first.db.size() == 2);
  // From the output layer down, as the gradient flows: the first that
  // differs is where to look (layer l's gradients are dW[l-1] and db[l-1]).
  const std::vector<std::tuple<std::string, Matrix, Matrix>> article_layers = {
      {"layer 2's dW, dW[1] (NumPy's dW2_init)", first.dW[1], numpy()["dW2_init"]},
      {"layer 2's db, db[1] (NumPy's db2_init)", first.db[1], numpy()["db2_init"]},
      {"layer 1's dW, dW[0] (NumPy's dW1_init)", first.dW[0], numpy()["dW1_init"]},
      {"layer 1's db, db[0] (NumPy's db1_init)", first.db[0], numpy()["db1_init"]}};
  for (const auto& [what, got, expected] : article_layers) {
    if (!check_close(what, got, expected, kParityTolerance)) break;
  }
  // Nine layers on the spirals: the size of every layer's dW against NumPy's.
  const DataSet spirals = two_spirals();
  const Matrix& norms = numpy_deep()["norms_by_activation"];  // (3, 9)
  DeepSettings deep;  // depth 8, width 8, the article's initialisation
  for (int k = 0; k < 3; ++k) {
    deep.activation = kActivations[k];
    const DeepNetwork net = init_deep_network(deep, 2, 1, 42, 0.3);
    const DeepGradients g = deep_backward(net, spirals.y, deep_forward_by_hand(net, spirals.X));
    REQUIRE(g.dW.size() == 9);
    for (int l = 8; l >= 0; --l) {  // layer 9, the output, down to layer 1; stop at the first wrong
      if (!check_close("layer " + std::to_string(l + 1) + "'s |dW| (dW[" + std::to_string(l) +
                           "]) / NumPy's, 8 hidden layers of " + activation_name(deep.activation),
                       gradient_norm(g.dW[l]) / norms(k, l), 1.0, kParityTolerance)) {
        break;
      }
    }
  }
}
