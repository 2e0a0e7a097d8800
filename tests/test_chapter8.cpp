// Chapter 8's tests beyond its exercises (tests/exercises/): the data file,
// the whole pipeline against NumPy, and what chapter 8 prints, on counts made
// by hand: each expected text worked out from those counts, not copied from a
// run, so that a metric with the wrong denominator fails even when every book
// run happens to hide it.
//
// tests/numpy_real_reference.py runs chapter 8's pipeline in NumPy; the
// committed tests/numpy_references/real_*.txt are its output (NumPy 1.24.2,
// Debian 12; each file's third line holds the options). The file read is
// $NUMPY_REAL_REFERENCE if set, else real_default.txt.
#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "08_real_data/experiment.h"
#include "08_real_data/metrics.h"
#include "08_real_data/report.h"
#include "08_real_data/tumours.h"
#include "catch.h"
#include "check_close.h"
#include "reference_file.h"

namespace {

const ReferenceFile& real_reference() { return numpy_real_reference(); }

MinibatchSettings minibatch_settings() {
  const Matrix& m = real_reference()["minibatch"];
  MinibatchSettings mb;
  mb.batch_size = static_cast<int>(m(0, 0));
  mb.l2 = m(0, 1);
  mb.patience = static_cast<int>(m(0, 2));
  return mb;
}

// A list of numbers as a (1,n) row, to compare with a row of the reference.
template <typename Numbers>
Matrix as_row(const Numbers& numbers) {
  Matrix row(1, static_cast<int>(numbers.size()));
  for (std::size_t i = 0; i < numbers.size(); ++i) row(0, static_cast<int>(i)) = numbers[i];
  return row;
}

const Outcome& outcome() {
  static const Outcome run = run_experiment(load_tumours(NN_TUMOUR_DATA),
                                            real_reference().settings(), minibatch_settings());
  return run;
}

}  // namespace

TEST_CASE("chapter8/tumours_as_published") {
  const DataSet tumours = load_tumours(NN_TUMOUR_DATA);
  REQUIRE(tumours.X.shape() == "(569,30)");
  REQUIRE(tumours.y.shape() == "(569,1)");
  double malignant = 0;
  for (const double label : tumours.y.values()) malignant += label;
  CHECK(malignant == 212);  // 357 benign
  // The first mass: radius 17.99, texture 10.38, ..., worst fractal dimension 0.1189; malignant.
  CHECK(tumours.X(0, 0) == 17.99);
  CHECK(tumours.X(0, 29) == 0.1189);
  CHECK(tumours.y(0, 0) == 1);
}

TEST_CASE("chapter8/split_sizes_and_no_row_twice") {
  NumpyRandom rng(1);
  const Split split = split_rows(rng, 569);
  CHECK(split.train.size() == 341);
  CHECK(split.validation.size() == 114);
  CHECK(split.test.size() == 114);
  std::vector<int> seen(569, 0);
  for (const auto* part : {&split.train, &split.validation, &split.test}) {
    for (const int row : *part) ++seen[row];
  }
  CHECK(std::count(seen.begin(), seen.end(), 1) == 569);
}

TEST_CASE("chapter8/roc_of_known_scores") {
  // Scores 0.9 (positive), 0.8 (negative), 0.7 (positive), 0.1 (negative):
  // of the four positive-negative pairs, three are ordered right: AUC 3/4.
  const Matrix y_hat{{0.9}, {0.8}, {0.7}, {0.1}};
  const Matrix y{{1}, {0}, {1}, {0}};
  CHECK(check_close("AUC", area_under(roc_curve(y_hat, y)), 0.75, kExact));
  // A tie between a positive and a negative counts half.
  CHECK(check_close("AUC with a tie", area_under(roc_curve(Matrix{{0.5}, {0.5}}, Matrix{{1}, {0}})),
                    0.5, kExact));
}

TEST_CASE("real_parity/split_and_scaling") {
  CHECK(check_close("training rows", as_row(outcome().split.train), real_reference()["split_train"],
                    0));
  CHECK(check_close("validation rows", as_row(outcome().split.validation),
                    real_reference()["split_validation"], 0));
  CHECK(check_close("test rows", as_row(outcome().split.test), real_reference()["split_test"], 0));
  CHECK(check_close("shift (training means)", outcome().parts.scaling.shift,
                    real_reference()["shift"], kParityTolerance));
  CHECK(check_close("divide (training standard deviations)", outcome().parts.scaling.divide,
                    real_reference()["divide"], kParityTolerance));
}

TEST_CASE("real_parity/every_loss_of_every_epoch") {
  const MinibatchHistory& history = outcome().history;
  CHECK(check_close("training losses", as_row(history.train_losses),
                    real_reference()["train_losses"], kParityTolerance));
  CHECK(check_close("validation losses", as_row(history.validation_losses),
                    real_reference()["validation_losses"], kParityTolerance));
  CHECK(history.best_epoch == real_reference()["best_epoch"](0, 0));
}

TEST_CASE("real_parity/test_answers_and_counts") {
  const Confusion& c = outcome().counts;
  CHECK(check_close("y_hat on the test rows", outcome().y_hat, real_reference()["y_hat_test"],
                    kParityTolerance));
  CHECK(
      check_close("confusion matrix (TP FP FN TN)",
                  as_row(std::vector<double>{double(c.true_positives), double(c.false_positives),
                                             double(c.false_negatives), double(c.true_negatives)}),
                  real_reference()["confusion"], 0));
  CHECK(check_close("ROC AUC", area_under(outcome().roc), real_reference()["auc"](0, 0),
                    kParityTolerance));
}

// ---- what chapter 8 prints, on counts made by hand ----

namespace {

// TP 7, FP 2, FN 3, TN 8: FP and FN differ, so a metric that mixes them up shows.
Confusion made_up_counts() {
  Confusion c;
  c.true_positives = 7;
  c.false_positives = 2;
  c.false_negatives = 3;
  c.true_negatives = 8;
  return c;
}

}  // namespace

TEST_CASE("summaries/metrics_of_a_made_up_confusion_matrix") {
  const Confusion c = made_up_counts();
  CHECK(accuracy(c) == 15.0 / 20);            // (7 + 8) / 20
  CHECK(precision(c) == 7.0 / 9);             // 7 / (7 + 2)
  CHECK(recall(c) == 7.0 / 10);               // 7 / (7 + 3)
  CHECK(false_positive_rate(c) == 2.0 / 10);  // 2 / (2 + 8)
  Confusion none_called;                      // nothing called malignant: precision is 0 / 0
  none_called.false_negatives = 4;
  none_called.true_negatives = 6;
  CHECK(std::isnan(precision(none_called)));
  CHECK(recall(none_called) == 0.0);
  CHECK(false_positive_rate(none_called) == 0.0);
}

TEST_CASE("summaries/chapter8_test_results_and_one_line") {
  std::ostringstream out;
  print_test_results(out, made_up_counts(), 0.91234);
  CHECK(out.str() ==
        "                   really malignant   really benign\n"
        "  said malignant                  7               2\n"
        "  said benign                     3               8\n"
        "Accuracy 75.0%, precision 77.8%, recall 70.0%, ROC AUC 0.9123\n");
  std::ostringstream line;
  print_seed_line(line, 2, made_up_counts());
  CHECK(line.str() ==
        "  seed  2: accuracy 75.0%, precision 77.8%, recall 70.0%, 3 malignant missed\n");
  Confusion none_called;
  none_called.false_negatives = 4;
  none_called.true_negatives = 6;
  std::ostringstream undefined;
  print_seed_line(undefined, 3, none_called);
  CHECK(undefined.str() ==
        "  seed  3: accuracy 60.0%, precision undefined, recall 0.0%, 4 malignant missed\n");
}

TEST_CASE("summaries/chapter8_history_and_early_stop") {
  MinibatchHistory history;
  history.train_losses = {0.9, 0.5, 0.4, 0.35, 0.3};
  history.validation_losses = {0.8, 0.6, 0.45, 0.5, 0.55};
  history.best_epoch = 2;  // the third epoch: 0.45
  history.stopped_early = true;
  std::ostringstream out;
  print_history(out, history, 2);
  CHECK(out.str() ==
        "  epoch   training loss   validation loss\n"
        "      1          0.9000            0.8000\n"
        "      2          0.5000            0.6000\n"
        "      4          0.3500            0.5000\n"
        "      5          0.3000            0.5500\n"
        "Lowest validation loss: 0.4500 after epoch 3\n"
        "Stopped early after epoch 5: no better validation loss for 2 epochs; the network "
        "of epoch 3 is kept.\n");
}
