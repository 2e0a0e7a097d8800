// real_data.h - chapter 8: chapters 2-5's network on real data, judged honestly.
//
// Three new ideas, and not one new layer:
//   standardise_split  scale every part with the *training* rows' statistics;
//   train_minibatch    chapter 5's loop, but each step sees B rows, not all;
//   confusion_matrix   what the test rows' answers got right and wrong.
// Tests: tests/test_chapter8.cpp and tests/exercises/test_chapter8_exercises.cpp.
#pragma once

#include <vector>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "numpy_random.h"
#include "settings.h"

// The three parts of a split, each scaled, and the scaling they share.
struct ScaledSplit {
  DataSet train, validation, test;
  InputScaling scaling;  // from the training rows only
};

// Standardises all three parts with the mean and standard deviation of the
// training rows' features (chapter 2's input_scaling and scale_inputs).
ScaledSplit standardise_split(const DataSet& train, const DataSet& validation, const DataSet& test);

//! [minibatch settings]
// What chapter 8 adds to the training settings. The defaults: batches of 32,
// no weight decay, no early stopping.
struct MinibatchSettings {
  int batch_size = 32;  // B: rows per step (B = N is chapter 5's full batch, B = 1 is "stochastic")
  double l2 = 0.0;      // weight decay: each step also pulls W1 and W2 towards 0 by l2 * W
  int patience = 0;     // stop when the validation loss has not improved for this many
                        // epochs, and keep the best epoch's network (0: never stop early)
};
//! [minibatch settings]

// What training leaves behind besides the network.
struct MinibatchHistory {
  std::vector<double> train_losses;       // [e]: the training rows' loss after epoch e
  std::vector<double> validation_losses;  // [e]: the validation rows' loss after epoch e
  int best_epoch = 0;  // the epoch with the lowest validation loss, as an index into the
                       // two vectors: chapter_8 prints "after epoch best_epoch + 1"
  bool stopped_early = false;
};

// Trains net in place for settings.epochs epochs (or until early stopping).
// Each epoch visits the training rows in a new order, rng.permutation(N),
// in batches of mb.batch_size (the last one smaller if B does not divide N),
// and takes one gradient step per batch: forward, backward (chapter 4), the
// weight decay added to dW1 and dW2, sgd_step (chapter 5). Throws
// TrainingDiverged (chapter 5) if a loss stops being a number.
MinibatchHistory train_minibatch(Network& net, const DataSet& train, const DataSet& validation,
                                 const Settings& settings, const MinibatchSettings& mb,
                                 NumpyRandom& rng);

// Counts of a yes/no test's four outcomes (positive = y_hat above the threshold).
struct Confusion {
  int true_positives = 0;   // said malignant, and it was
  int false_positives = 0;  // said malignant, but it was benign
  int false_negatives = 0;  // said benign, but it was malignant: the dangerous mistake
  int true_negatives = 0;   // said benign, and it was
};

// y_hat (N,1) probabilities, y (N,1) labels 0 or 1.
Confusion confusion_matrix(const Matrix& y_hat, const Matrix& y, double threshold = 0.5);
