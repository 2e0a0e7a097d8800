// Chapter 7's tests beyond its exercises (tests/exercises/): same seed, same
// numbers as NumPy for networks of any depth; the deep backward pass against
// finite differences; what chapter 7 prints, on inputs made by hand; and
// chapter_7 itself printing NumPy's numbers.
//
// tests/numpy_deep_reference.py runs chapter 7's algorithm in NumPy; the
// committed files tests/numpy_references/deep_*.txt are its output (NumPy
// 1.24.2, Debian 12; each file's third line is the command's options). The
// file read is $NUMPY_DEEP_REFERENCE if set, else deep_sigmoid_depth8.txt.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "03_loss/loss.h"
#include "07_deeper_networks/data_sets.h"
#include "07_deeper_networks/deep_training.h"
#include "07_deeper_networks/experiments.h"
#include "catch.h"
#include "check_close.h"
#include "check_gradient.h"
#include "numpy_random.h"
#include "program_output.h"
#include "reference_file.h"
#include "scratch_file.h"

namespace {

const ReferenceFile& deep_reference() { return numpy_deep_reference(); }

// The reference's deep block: depth, width, activation, init, data.
DeepSettings deep_settings() {
  const Matrix& d = deep_reference()["deep"];
  DeepSettings deep;
  deep.depth = static_cast<int>(d(0, 0));
  deep.width = static_cast<int>(d(0, 1));
  deep.activation = kActivations[static_cast<int>(d(0, 2))];
  deep.init = static_cast<Init>(static_cast<int>(d(0, 3)));
  return deep;
}

DataSet data_set() { return deep_reference()["deep"](0, 4) == 0 ? two_spirals() : four_people(); }

// got / expected entry by entry, so that tiny numbers (a vanished gradient,
// 1e-7) are held to the same 1e-9 as large ones.
Matrix relative(const Matrix& got, const Matrix& expected) {
  return zip_with("relative", "/", got, expected, [](double g, double e) { return g / e; });
}

}  // namespace

TEST_CASE("deep_parity/data_set") {
  const DataSet data = data_set();
  CHECK(check_close("X (data set, against NumPy's)", data.X, deep_reference()["X"], kExact));
  CHECK(check_close("y (data set, against NumPy's)", data.y, deep_reference()["y"], 0));
}

TEST_CASE("deep_parity/gradient_norms_of_every_layer") {
  const Settings settings = deep_reference().settings();
  const DataSet data = data_set();
  const Matrix& numpy = deep_reference()["norms_by_activation"];  // (3, L+1)
  DeepSettings deep = deep_settings();
  for (int k = 0; k < 3; ++k) {
    deep.activation = kActivations[k];
    const DeepNetwork net =
        init_deep_network(deep, kInputs, kOutputs, settings.seed, settings.init_scale);
    const std::vector<double> norms = layer_gradient_norms(net, data.X, data.y);
    Matrix got(1, static_cast<int>(norms.size()));
    Matrix expected(1, numpy.cols());
    for (int l = 0; l < numpy.cols() && l < got.cols(); ++l) {
      got(0, l) = norms[l];
      expected(0, l) = numpy(k, l);
    }
    REQUIRE(got.cols() == numpy.cols());
    CHECK(check_close(std::string("|dW| per layer, ") + activation_name(deep.activation) +
                          ", relative to NumPy's",
                      relative(got, expected), Matrix(1, got.cols(), 1.0), kParityTolerance));
  }
}

TEST_CASE("deep_parity/training_losses_and_accuracy") {
  const Settings settings = deep_reference().settings();
  const DataSet data = data_set();
  DeepNetwork net =
      init_deep_network(deep_settings(), kInputs, kOutputs, settings.seed, settings.init_scale);
  const std::vector<double> losses = train_deep(net, data.X, data.y, settings);
  const Matrix& numpy = deep_reference()["losses"];  // (epoch, loss) rows
  Matrix logged(numpy.rows(), 2);
  for (int row = 0; row < numpy.rows(); ++row) {
    const int epoch = static_cast<int>(numpy(row, 0));
    REQUIRE(epoch < static_cast<int>(losses.size()));
    logged(row, 0) = epoch;
    logged(row, 1) = losses[epoch];
  }
  CHECK(check_close("logged losses", logged, numpy, kParityTolerance));
  const Matrix y_hat = deep_forward(net, data.X).a.back();
  CHECK(check_close("final loss", bce_loss(y_hat, data.y), deep_reference()["loss_final"](0, 0),
                    kParityTolerance));
  CHECK(check_close("final accuracy", accuracy_at_one_half(y_hat, data.y),
                    deep_reference()["accuracy_final"](0, 0), 0));
}

// Dead ReLUs that came back (chapter 7 prints these): the same units, at the
// same epochs, as NumPy's run finds. Sigmoid and tanh runs find none.
TEST_CASE("deep_parity/dead_units_that_came_back") {
  const Settings settings = deep_reference().settings();
  const DataSet data = data_set();
  DeepNetwork net =
      init_deep_network(deep_settings(), kInputs, kOutputs, settings.seed, settings.init_scale);
  Revivals revivals;
  train_deep(net, data.X, data.y, settings, &revivals);
  const Matrix& numpy = deep_reference()["revivals"];  // first epoch, then layer 1 ... L
  Matrix got(1, numpy.cols());
  got(0, 0) = revivals.first_epoch;
  REQUIRE(static_cast<int>(revivals.by_layer.size()) + 1 == numpy.cols());
  for (std::size_t l = 0; l < revivals.by_layer.size(); ++l) got(0, l + 1) = revivals.by_layer[l];
  CHECK(check_close("first epoch a unit came back, then revivals by layer", got, numpy, 0));
}

// ---- gradient checks of the deep network, every layer, every activation ----

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

// ---- what chapter 7 prints, on inputs made by hand ----

TEST_CASE("summaries/chapter7_norms_table_and_what_to_notice") {
  // Three layers; each activation's first/last ratio differs: 100, 2, 0.5.
  const LayerNorms norms = {{1e-2, 1e-3, 1e-4}, {2.0, 1.5, 1.0}, {0.5, 0.75, 1.0}};
  std::ostringstream out;
  print_gradient_norms(out, norms);
  CHECK(out.str() ==
        "Gradient size |dW| of each layer at the first step (same seed and init;\n"
        "layer 1 takes the inputs, layer 3 is the sigmoid output layer;\n"
        "the last row is not a layer: layer 1's size divided by layer 3's):\n"
        "       layer      sigmoid         tanh         relu\n"
        "           1     1.00e-02     2.00e+00     5.00e-01\n"
        "           2     1.00e-03     1.50e+00     7.50e-01\n"
        "           3     1.00e-04     1.00e+00     1.00e+00\n"
        "   ratio 1/3     1.00e+02     2.00e+00     5.00e-01\n");
  const std::string notice = what_the_norms_show(norms);
  CHECK(notice.find("1.0e+02 times the output\nlayer's with sigmoid, 2.0e+00 times with tanh "
                    "and 5.0e-01 times with ReLU") != std::string::npos);
}

TEST_CASE("summaries/chapter7_dead_units_and_revivals") {
  // Hidden layer 1: unit 0 off for every example (dead), unit 1 on for one
  // example of two (alive); hidden layer 2: unit 0 alive, unit 1 dead.
  DeepCache cache;
  cache.a = {Matrix({{1, 2}, {3, 4}}),  // the inputs: never counted
             Matrix({{0, 0}, {0, 0.5}}), Matrix({{0.1, 0}, {0, 0}}),
             Matrix({{0.5}, {0.5}})};  // the output: never counted
  const DeadUnits dead = find_dead_units(cache);
  REQUIRE(dead.size() == 2);
  CHECK(dead[0] == std::vector<bool>{true, false});
  CHECK(dead[1] == std::vector<bool>{false, true});

  Revivals revivals;
  revivals.watch(0, {{true, true}, {true, false}});
  revivals.watch(1, {{true, false}, {true, false}});   // layer 1 unit 1 back at epoch 1
  revivals.watch(2, {{true, true}, {false, false}});   // layer 2 unit 0 back at epoch 2
  revivals.watch(3, {{true, false}, {false, false}});  // layer 1 unit 1 back again
  CHECK(revivals.first_epoch == 1);
  CHECK(revivals.by_layer == std::vector<int>{2, 1});
  CHECK(revivals.total() == 3);
}

// ---- chapter_7 itself ----

TEST_CASE("programs/chapter7_prints_numpy_numbers") {
  // chapter_7 run with the settings of chapter 7's NumPy reference prints
  // NumPy's gradient norms (3 digits) and losses (4 decimals).
  const ReferenceFile& numpy = numpy_deep_reference();
  const Settings s = numpy.settings();
  const Matrix& deep = numpy["deep"];  // depth, width, activation, init, data
  const char* activations[] = {"sigmoid", "tanh", "relu"};
  const char* inits[] = {"article", "lecun", "xavier", "he"};
  const char* data[] = {"spirals", "people"};
  const std::string output = output_of(
      std::string(NN_CHAPTER_7) + " --no-figures --depth " + std::to_string(int(deep(0, 0))) +
      " --width " + std::to_string(int(deep(0, 1))) + " --activation " +
      activations[int(deep(0, 2))] + " --init " + inits[int(deep(0, 3))] + " --data " +
      data[int(deep(0, 4))] + " --seed " + std::to_string(s.seed) + " --lr " +
      printf_string("%.17g", s.learning_rate) + " --epochs " + std::to_string(s.epochs) +
      " --print-every " + std::to_string(s.print_every) + " --init-scale " +
      printf_string("%.17g", s.init_scale));
  const Matrix& norms = numpy["norms_by_activation"];  // (3, L+1)
  for (int l = 0; l < norms.cols(); ++l) {
    std::ostringstream row;  // "           1     2.10e-07     1.77e-02     5.18e-04"
    row << std::setw(12) << l + 1;
    for (int k = 0; k < 3; ++k) row << std::setw(13) << printf_string("%.2e", norms(k, l));
    INFO("looking for layer " << l + 1 << "'s row '" << row.str() << "' in:\n" << output);
    CHECK(output.find(row.str() + "\n") != std::string::npos);
  }
  const Matrix& losses = numpy["losses"];
  for (int r = 0; r < losses.rows(); ++r) {
    const std::string line = "  epoch " + printf_string("%5.0f", losses(r, 0)) + "  loss " +
                             printf_string("%.4f", losses(r, 1)) + "\n";
    INFO("looking for '" << line << "' in:\n" << output);
    CHECK(output.find(line) != std::string::npos);
  }
  const std::string final_line = "After " + std::to_string(s.epochs) + " epochs: loss " +
                                 printf_string("%.4f", numpy["loss_final"](0, 0)) + ", accuracy " +
                                 printf_string("%.1f", 100 * numpy["accuracy_final"](0, 0)) + "%";
  INFO("looking for '" << final_line << "' in:\n" << output);
  CHECK(output.find(final_line) != std::string::npos);
}
