// exercises/real_data.cpp - YOUR TURN: chapter 8's exercises.
//
// Replace each todo(...) line with your code, then run
//     cmake --workflow --preset exercises
// The book's page "8 · A real data set" explains each one.
// The "//! [name]" lines mark where each exercise starts and ends: keep them.
#include "08_real_data/real_data.h"

#include <algorithm>
#include <cmath>

#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "05_training_loop/training.h"
#include "08_real_data/tumours.h"
#include "todo.h"

//! [standardise_split]
ScaledSplit standardise_split(const DataSet& train, const DataSet& validation,
                              const DataSet& test) {
  // TODO (exercise 18): one InputScaling, computed from the training rows
  // alone (chapter 2's input_scaling with Scaling::standardise), applied to
  // the X of all three parts (scale_inputs); the labels y stay as they are.
  // Return the three scaled parts and that scaling.
  todo("standardise_split");
}
//! [standardise_split]

//! [train_minibatch]
MinibatchHistory train_minibatch(Network& net, const DataSet& train, const DataSet& validation,
                                 const Settings& settings, const MinibatchSettings& mb,
                                 NumpyRandom& rng) {
  // TODO (exercise 19): for each of settings.epochs epochs:
  //   order = rng.permutation(N); for each batch of mb.batch_size rows of
  //   that order (take_rows), one step: backward(forward), add mb.l2 * W to
  //   dW1 and dW2, sgd_step. The last batch is shorter when N is not a
  //   multiple of mb.batch_size: it still takes its step;
  //   then record the loss of all training rows and of all validation rows;
  //   throw TrainingDiverged(epoch + 1, ...) if the training loss is not
  //   finite (epochs numbered from 1, as chapter_8 prints them); keep the
  //   epoch with the lowest validation loss (and a copy of its network);
  //   with mb.patience > 0, stop once that many epochs passed without a
  //   better one. With mb.patience > 0, net ends as the best epoch's
  //   network, whether training stopped early or ran every epoch; with
  //   mb.patience == 0, as the last epoch's.
  todo("train_minibatch");
}
//! [train_minibatch]

//! [confusion_matrix]
Confusion confusion_matrix(const Matrix& y_hat, const Matrix& y, double threshold) {
  // TODO (exercise 20): count the four outcomes. "Said positive" means
  // y_hat > threshold; "is positive" means y == 1. Shapes must match (N,1).
  todo("confusion_matrix");
}
//! [confusion_matrix]
