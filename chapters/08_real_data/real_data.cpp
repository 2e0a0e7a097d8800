// real_data.cpp - chapter 8 reference solution: scaling, mini-batches, counting.
#include "08_real_data/real_data.h"

#include <algorithm>
#include <cmath>

#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "05_training_loop/training.h"
#include "08_real_data/tumours.h"

//! [standardise_split]
ScaledSplit standardise_split(const DataSet& train, const DataSet& validation,
                              const DataSet& test) {
  const InputScaling scaling = input_scaling(Scaling::standardise, train.X);  // training rows only
  const auto scaled = [&](const DataSet& part) {
    return DataSet{scale_inputs(part.X, scaling), part.y};
  };
  return ScaledSplit{scaled(train), scaled(validation), scaled(test), scaling};
}
//! [standardise_split]

//! [train_minibatch]
MinibatchHistory train_minibatch(Network& net, const DataSet& train, const DataSet& validation,
                                 const Settings& settings, const MinibatchSettings& mb,
                                 NumpyRandom& rng) {
  const int n = train.X.rows();
  MinibatchHistory history;
  Network best = net;
  for (int epoch = 0; epoch < settings.epochs; ++epoch) {
    const std::vector<int> order = rng.permutation(n);  // a new order every epoch
    for (int start = 0; start < n; start += mb.batch_size) {
      const int end = std::min(start + mb.batch_size, n);
      const DataSet batch = take_rows(train, {order.begin() + start, order.begin() + end});
      Gradients grads = backward(net, batch.X, batch.y, forward(net, batch.X));
      grads.dW1 = grads.dW1 + mb.l2 * net.W1;  // weight decay: the gradient of
      grads.dW2 = grads.dW2 + mb.l2 * net.W2;  // (l2 / 2) * (sum of squared weights)
      sgd_step(net, grads, settings.learning_rate);
    }
    const double train_loss = bce_loss(forward(net, train.X).y_hat, train.y);
    const double validation_loss = bce_loss(forward(net, validation.X).y_hat, validation.y);
    if (!std::isfinite(train_loss)) {
      throw TrainingDiverged(epoch + 1, train_loss, settings);  // numbered as printed: from 1
    }
    history.train_losses.push_back(train_loss);
    history.validation_losses.push_back(validation_loss);
    if (validation_loss < history.validation_losses[history.best_epoch] || epoch == 0) {
      history.best_epoch = epoch;
      best = net;
    } else if (mb.patience > 0 && epoch - history.best_epoch >= mb.patience) {
      history.stopped_early = true;
      break;
    }
  }
  if (mb.patience > 0) net = best;  // early stopping keeps the best epoch's network
  return history;
}
//! [train_minibatch]

//! [confusion_matrix]
Confusion confusion_matrix(const Matrix& y_hat, const Matrix& y, double threshold) {
  require_same_shape("confusion_matrix", "vs", y_hat, y);
  Confusion counts;
  for (int n = 0; n < y.rows(); ++n) {
    const bool said_positive = y_hat(n, 0) > threshold;
    const bool is_positive = y(n, 0) == 1.0;
    if (said_positive && is_positive) ++counts.true_positives;
    if (said_positive && !is_positive) ++counts.false_positives;
    if (!said_positive && is_positive) ++counts.false_negatives;
    if (!said_positive && !is_positive) ++counts.true_negatives;
  }
  return counts;
}
//! [confusion_matrix]
