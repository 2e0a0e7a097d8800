// Chapter 8: the data file, and the whole pipeline against NumPy.
//
// tests/numpy_real_reference.py runs chapter 8's pipeline in NumPy; the
// committed tests/numpy_references/real_*.txt are its output (NumPy 1.24.2,
// Debian 12; each file's third line holds the options). The file read is
// $NUMPY_REAL_REFERENCE if set, else real_default.txt.
#include <algorithm>
#include <string>
#include <vector>

#include "08_real_data/experiment.h"
#include "08_real_data/metrics.h"
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
