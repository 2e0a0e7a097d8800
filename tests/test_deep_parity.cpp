// Chapter 7: same seed, same numbers as NumPy, for networks of any depth.
//
// tests/numpy_deep_reference.py runs chapter 7's algorithm in NumPy; the
// committed files tests/numpy_references/deep_*.txt are its output (NumPy
// 1.24.2, Debian 12; each file's third line is the command's options). The
// file read is $NUMPY_DEEP_REFERENCE if set, else deep_sigmoid_depth8.txt.
#include <cstdlib>
#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "03_loss/loss.h"
#include "07_deeper_networks/data_sets.h"
#include "07_deeper_networks/deep_training.h"
#include "catch.h"
#include "check_close.h"
#include "reference_file.h"

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
