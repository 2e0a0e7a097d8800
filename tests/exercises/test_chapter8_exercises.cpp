// Chapter 8's exercise tests (a real data set): one test case per exercise,
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
#include "exercise_check.h"
#include "exercise_fixtures.h"
#include "reference_file.h"

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
