// The exercise tests: one test case per exercise, named exercise/NN_name.
//
// In the default build they run against the reference solutions and must
// pass; in the `exercises` build they run against the student's files in
// chapters/*/exercises/. CI also checks that each one fails on its untouched
// stub and catches known bugs (tests/exercises/CMakeLists.txt).
//
// Expected values are either worked by hand here, or read from the NumPy
// reference run (tests/numpy_references/article.txt, written by tests/numpy_reference.py).
// Where a test needs the output of an earlier exercise it builds it itself
// from the reference values, so that each exercise is judged on its own code
// as far as possible.
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
#include "08_real_data/real_data.h"
#include "08_real_data/tumours.h"
#include "09_making_it_fast/fast_parts.h"
#include "09_making_it_fast/fast_training.h"
#include "exercise_check.h"
#include "reference_file.h"

namespace {

const ReferenceFile& numpy() {
  static const ReferenceFile file(NN_COMMITTED_REFERENCE);
  return file;
}

// The losses of the article's run at the epochs NumPy logged (epochs as
// chapter_5 prints them, from 0), stopping at the first that differs.
void check_logged_losses(const std::vector<double>& losses) {
  const Matrix& logged = numpy()["losses"];  // (epoch, loss) rows
  for (int r = 0; r < logged.rows(); ++r) {
    const int epoch = static_cast<int>(logged(r, 0));
    if (!check_close(
            "loss at epoch " + std::to_string(epoch) + " (the first logged one that differs)",
            losses[epoch], logged(r, 1), kParityTolerance)) {
      return;
    }
  }
}

// The logistic function written out here, so that tests of later exercises
// do not depend on the student's sigmoid.
double logistic(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// The article's network at its start, straight from the NumPy reference.
Network numpy_start() {
  return Network{numpy()["W1_init"], Matrix(1, 4), numpy()["W2_init"], Matrix(1, 1)};
}

// The trained network, straight from the NumPy reference.
Network numpy_trained() {
  return Network{numpy()["W1_final"], numpy()["b1_final"], numpy()["W2_final"],
                 numpy()["b2_final"]};
}

// The same network as chapter 7 sees it: one hidden layer of sigmoids.
DeepNetwork numpy_start_deep() {
  const Network net = numpy_start();
  return DeepNetwork{{net.W1, net.W2}, {net.b1, net.b2}};
}

// What forward() should keep, computed here without the student's code.
ForwardCache forward_by_hand(const Network& net, const Matrix& X) {
  const Matrix a1 = map(add_to_each_row(matmul(X, net.W1), net.b1), logistic);
  return ForwardCache{a1, map(add_to_each_row(matmul(a1, net.W2), net.b2), logistic)};
}

const Matrix X = centre_people(people_raw());  // (4,2)
const Matrix y = labels();                     // (4,1)

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
const Matrix X5{{0.5, -1}, {2, 0.25}, {-1.5, -0.5}, {0, 1}, {1, 1}};  // (5,2)
const Matrix y5{{1}, {0}, {0}, {1}, {1}};                             // (5,1)

}  // namespace

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

TEST_CASE("exercise/13_predict_probability") {
  const Exercise exercise =
      about(13, {"The new person must be prepared exactly like the four training people.",
                 "x = ((height, weight) - scaling.shift) / scaling.divide; P(male) = the "
                 "network's output for x.",
                 "Make a (1,2) row, scale it with scale_inputs(row, scaling), run forward, and "
                 "read element (0,0) of the (1,1) y_hat."});
  INFO(exercise.explanation());
  const InputScaling centred = input_scaling(Scaling::centre, people_raw());
  check_close("P(male) for 68 in, 145 lb (NumPy's new_person_probability)",
              predict_probability(numpy_trained(), centred, 68, 145),
              numpy()["new_person_probability"](0, 0), kParityTolerance);
  const Network trained = numpy_trained();
  check_close("P(male) for 60 in, 120 lb", predict_probability(trained, centred, 60, 120),
              forward_by_hand(trained, Matrix{{-7, -20}}).y_hat(0, 0), kExact);
  // Another scaling: the person is scaled with it, not with the article's.
  const InputScaling other{Matrix{{60, 100}}, Matrix{{4, 20}}};
  check_close("P(male) for 68 in, 145 lb, scaled by shift (60, 100) and divide (4, 20)",
              predict_probability(trained, other, 68, 145),
              forward_by_hand(trained, Matrix{{2, 2.25}}).y_hat(0, 0), kExact);
}

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

TEST_CASE("exercise/18_standardise_split") {
  const Exercise exercise = about(
      18, {"The validation and test rows are scaled too, but with the training rows' numbers.",
           "scaling = input_scaling(Scaling::standardise, train.X); each part becomes "
           "{scale_inputs(part.X, scaling), part.y}.",
           "Return {train, validation, test, scaling}: three DataSets with the same shapes as "
           "given, and one InputScaling with shift and divide (1,F)."});
  INFO(exercise.explanation());
  // Training features: mean (2, 20), standard deviation (1, 10).
  const DataSet train{Matrix{{1, 10}, {3, 30}}, Matrix{{0}, {1}}};
  const DataSet validation{Matrix{{2, 40}}, Matrix{{1}}};
  const DataSet test{Matrix{{4, 0}, {0, 20}}, Matrix{{0}, {1}}};
  const ScaledSplit parts = standardise_split(train, validation, test);
  check_close("scaling.shift (the training means)", parts.scaling.shift, Matrix{{2, 20}}, kExact);
  check_close("scaling.divide (the training standard deviations)", parts.scaling.divide,
              Matrix{{1, 10}}, kExact);
  check_close("train.X", parts.train.X, Matrix{{-1, -1}, {1, 1}}, kExact);
  check_close("validation.X, scaled with the training numbers", parts.validation.X, Matrix{{0, 2}},
              kExact);
  check_close("test.X, scaled with the training numbers", parts.test.X, Matrix{{2, -2}, {-2, 0}},
              kExact);
  check_close("test.y (labels are not scaled)", parts.test.y, test.y, 0);
}

namespace {

// Chapter 8's NumPy run `name` (tests/numpy_references/NAME.txt), set up to
// the moment training starts, without the student's exercises 3 and 18:
// the parts from NumPy's split and scaling, NumPy's first weights, and the
// random stream where NumPy's was (after the split and the weights).
struct ReadyToTrain {
  ReferenceFile numpy;
  DataSet train, validation;
  Network net;
  NumpyRandom rng;
  Settings settings;
  MinibatchSettings mb;
};
ReadyToTrain ready_to_train(const std::string& name) {
  ReferenceFile numpy(std::string(NN_REFERENCES_DIR) + "/" + name + ".txt");
  const DataSet tumours = load_tumours(NN_TUMOUR_DATA);
  const auto rows = [&](const char* block) {
    std::vector<int> list;
    for (const double row : numpy[block].values()) list.push_back(static_cast<int>(row));
    return take_rows(tumours, list);
  };
  const InputScaling scaling{numpy["shift"], numpy["divide"]};
  const auto scaled = [&](const DataSet& part) {
    return DataSet{scale_inputs(part.X, scaling), part.y};
  };
  const Settings settings = numpy.settings();
  const int hidden = numpy["W1_init"].cols();
  NumpyRandom rng(settings.seed);
  rng.permutation(tumours.X.rows());  // the split
  rng.randn(30, hidden);              // W1
  rng.randn(hidden, 1);               // W2
  MinibatchSettings mb;
  mb.batch_size = static_cast<int>(numpy["minibatch"](0, 0));
  mb.l2 = numpy["minibatch"](0, 1);
  mb.patience = static_cast<int>(numpy["minibatch"](0, 2));
  Network net{numpy["W1_init"], Matrix(1, hidden), numpy["W2_init"], Matrix(1, 1)};
  const DataSet train = scaled(rows("split_train"));
  const DataSet validation = scaled(rows("split_validation"));
  return ReadyToTrain{numpy, train, validation, net, rng, settings, mb};
}

}  // namespace

TEST_CASE("exercise/19_train_minibatch") {
  const Exercise exercise = about(
      19, {"Chapter 5's loop with one more loop inside: over the batches of a fresh order.",
           "An epoch walks a new random order of the training rows B at a time; each batch is "
           "one step of chapter 5 on those rows, with weight decay added to the weight "
           "gradients (not the biases'). The losses are measured on all rows after the epoch.",
           "The last batch may be shorter than B. train_losses and validation_losses get one "
           "entry per epoch run; with patience > 0, net ends as the best epoch's copy, even "
           "when patience never ran out."});
  INFO(exercise.explanation());
  // Without early stopping; stopped early (after 129 of 300 epochs, the best
  // was the 124th); and with a patience that never runs out (all 200 epochs,
  // the best is the 177th): whenever patience > 0 the network kept is the
  // best epoch's, stopped early or not.
  for (const char* name :
       {"real_default", "real_seed3_l2_patience5", "real_seed3_patience190_epochs200"}) {
    ReadyToTrain run = ready_to_train(name);
    INFO("the settings of tests/numpy_references/" << name << ".txt");
    const MinibatchHistory history =
        train_minibatch(run.net, run.train, run.validation, run.settings, run.mb, run.rng);
    Matrix train_losses(1, static_cast<int>(history.train_losses.size()));
    Matrix validation_losses(1, static_cast<int>(history.validation_losses.size()));
    for (int e = 0; e < train_losses.cols(); ++e) {
      train_losses(0, e) = history.train_losses[e];
      validation_losses(0, e) = history.validation_losses[e];
    }
    // Column e is the loss after epoch e + 1, as chapter_8 prints it.
    check_close("training loss after every epoch (NumPy's train_losses; column e: epoch e + 1)",
                train_losses, run.numpy["train_losses"], kParityTolerance);
    check_close(
        "validation loss after every epoch (NumPy's validation_losses; column e: epoch e + 1)",
        validation_losses, run.numpy["validation_losses"], kParityTolerance);
    // best_epoch counts from 0, as an index into those rows: chapter_8 prints it + 1.
    CHECK(history.best_epoch == run.numpy["best_epoch"](0, 0));
    const Matrix y_hat = forward_by_hand(run.net, run.validation.X).y_hat;
    // The network kept: the best epoch's with early stopping, else the last one.
    const Matrix& numpy_validation = run.numpy["validation_losses"];
    const int kept = run.mb.patience > 0 ? static_cast<int>(run.numpy["best_epoch"](0, 0))
                                         : numpy_validation.cols() - 1;
    check_close(
        "the kept network's validation loss (NumPy's after epoch " + std::to_string(kept + 1) + ")",
        bce_loss(y_hat, run.validation.y), numpy_validation(0, kept), kParityTolerance);
  }
}

TEST_CASE("exercise/20_confusion_matrix") {
  const Exercise exercise =
      about(20, {"Four counters; each row adds one to exactly one of them.",
                 "said positive = y_hat > threshold; is positive = y == 1; TP: both, FP: said but "
                 "is not, FN: is but not said, TN: neither.",
                 "Walk the N rows of y_hat (N,1) and y (N,1); the four counts add up to N."});
  INFO(exercise.explanation());
  const Matrix y_hat{{0.9}, {0.2}, {0.6}, {0.4}, {0.5}};
  const Matrix y{{1}, {1}, {0}, {0}, {1}};
  const Confusion half = confusion_matrix(y_hat, y);
  INFO("at threshold 0.5 (0.5 itself is not above it): TP 1, FP 1, FN 2, TN 1; got TP "
       << half.true_positives << ", FP " << half.false_positives << ", FN " << half.false_negatives
       << ", TN " << half.true_negatives);
  CHECK((half.true_positives == 1 && half.false_positives == 1 && half.false_negatives == 2 &&
         half.true_negatives == 1));
  const Confusion low = confusion_matrix(y_hat, y, 0.3);
  INFO("at threshold 0.3: TP 2, FP 2, FN 1, TN 0; got TP "
       << low.true_positives << ", FP " << low.false_positives << ", FN " << low.false_negatives
       << ", TN " << low.true_negatives);
  CHECK((low.true_positives == 2 && low.false_positives == 2 && low.false_negatives == 1 &&
         low.true_negatives == 0));
}

// ---- chapter 9 ------------------------------------------------------------

namespace {

// The losses of a run as one row (1,E): column e is epoch e, as chapter_5 prints it.
Matrix as_row(const std::vector<double>& losses) {
  Matrix row(1, static_cast<int>(losses.size()));
  for (int e = 0; e < row.cols(); ++e) row(0, e) = losses[e];
  return row;
}

// A network with 3 inputs and 2 hidden units, from NumPy's random numbers
// (seed 9), and five examples: sizes that are not the article's.
Network odd_network() {
  NumpyRandom rng(9);
  const Matrix W1 = rng.randn(3, 2), b1 = rng.randn(1, 2), W2 = rng.randn(2, 1),
               b2 = rng.randn(1, 1);
  return Network{W1, b1, W2, b2};
}
const Matrix X53{{0.5, -1, 2}, {2, 0.25, -0.5}, {-1.5, -0.5, 1}, {0, 1, 0.75}, {1, 1, -2}};

// Trains with train_fast up to `step` and with chapter 5's train(), and
// compares every loss and the trained weights, bit for bit.
void check_same_bits_as_chapter_5(const std::string& what, const Network& start, const Matrix& X,
                                  const Matrix& y, Speedup step) {
  Settings settings;
  settings.epochs = 300;
  Network fast = start, readable = start;
  const FastHistory got = train_fast(fast, X, y, settings, step);
  const TrainingHistory expected = train(readable, X, y, settings);  // exercise 12's train()
  if (!check_close(what + ": every loss, next to chapter 5's train() (column e: epoch e)",
                   as_row(got.losses), as_row(expected.losses), 0.0)) {
    return;  // the weights differ too: the first difference is the one to read
  }
  check_close(what + ": W1 after 300 epochs", fast.W1, readable.W1, 0.0);
  check_close(what + ": W2 after 300 epochs", fast.W2, readable.W2, 0.0);
}

}  // namespace

TEST_CASE("exercise/21_epoch_workspace") {
  const Exercise exercise = about(
      21, {"Chapter 5's epoch, loop by loop, on plain arrays, into buffers that already exist.",
           "z1(n,h) = sum over i of X(n,i) W1(i,h), then + b1(h) and the sigmoid; z2(n) = sum "
           "over h of a1(n,h) W2(h), + b2; then dz2 = y_hat - y and chapter 4's gradients, "
           "each a sum over the examples n = 0, 1, ... in order.",
           "Row by row: X[n * I + i], W1[i * H + h], a1[n * H + h]; sums.dW1 is (I,H), "
           "sums.db1 (1,H), sums.dW2 (H,1): add into them, never assign."});
  INFO(exercise.explanation());
  // The article's run against NumPy's.
  Network net = numpy_start();
  const FastHistory history = train_fast(net, X, y, Settings{}, Speedup::workspace);
  REQUIRE(history.losses.size() == static_cast<std::size_t>(Settings{}.epochs));
  check_logged_losses(history.losses);
  check_close("W1 after training", net.W1, numpy()["W1_final"], kParityTolerance);
  check_close("W2 after training", net.W2, numpy()["W2_final"], kParityTolerance);
  // Same bits as chapter 5, on the article's sizes and on odd ones.
  check_same_bits_as_chapter_5("the article's network", numpy_start(), X, y, Speedup::workspace);
  check_same_bits_as_chapter_5("3 inputs, 2 hidden units, 5 examples", odd_network(), X53, y5,
                               Speedup::workspace);
  // Many examples, so that a sum taken in another order shows in its last bits.
  NumpyRandom rng(11);
  const Matrix X257 = rng.randn(257, 2);
  Matrix y257(257, 1);
  for (int n = 0; n < 257; ++n) y257(n, 0) = X257(n, 0) + 0.5 * X257(n, 1) > 0 ? 1.0 : 0.0;
  const Network wide{0.3 * rng.randn(2, 13), Matrix(1, 13), 0.3 * rng.randn(13, 1), Matrix(1, 1)};
  check_same_bits_as_chapter_5("2 inputs, 13 hidden units, 257 examples", wide, X257, y257,
                               Speedup::workspace);
}

TEST_CASE("exercise/22_loss_term") {
  const Exercise exercise = about(
      22, {"A label of exactly 0 or 1 multiplies one of the two logarithms by zero.",
           "y = 1: only log(p + eps) is left; y = 0: only log(1 - p + eps); any other y: both, "
           "weighted by y and 1 - y, with eps = kLogEpsilon.",
           "One number in, one number out; the caller sums the terms and takes -1/N."});
  INFO(exercise.explanation());
  const auto chapter_3 = [](double p, double label) {  // both terms, always
    return label * std::log(p + kLogEpsilon) + (1 - label) * std::log(1 - p + kLogEpsilon);
  };
  for (const double p : {0.8, 0.5, 1e-9, 1 - 1e-9, 0.0, 1.0}) {
    for (const double label : {1.0, 0.0, 0.25}) {
      check_close("loss_term(" + std::to_string(p) + ", " + std::to_string(label) + ")",
                  loss_term(p, label), chapter_3(p, label), 0.0);
    }
  }
  // The fused step (step 2) adds these terms: same bits as chapter 5.
  check_same_bits_as_chapter_5("the article's network, step 2 (fused)", numpy_start(), X, y,
                               Speedup::fused);
}
