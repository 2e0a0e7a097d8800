// Chapter 9's exercise tests (making it fast): one test case per exercise,
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
#include "08_real_data/real_data.h"
#include "08_real_data/tumours.h"
#include "09_making_it_fast/fast_parts.h"
#include "09_making_it_fast/fast_training.h"
#include "exercise_check.h"
#include "exercise_fixtures.h"
#include "reference_file.h"

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
