// training.h - chapter 5: the training loop.
//
// One epoch = forward pass, loss, backward pass, one gradient-descent step:
//   W <- W - learning_rate * dW     for each of W1, b1, W2, b2
// Repeat, and the loss falls.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "02_stacking_layers/network.h"
#include "04_backprop/backprop.h"
#include "settings.h"

// One gradient-descent step: every parameter moves against its gradient.
// Each gradient has its parameter's shape (see Gradients).
void sgd_step(Network& net, const Gradients& grads, double learning_rate);

// What a training run leaves behind besides the trained network.
struct TrainingHistory {
  std::vector<double> losses;       // losses[e]: the loss at epoch e, before its update
  std::vector<Matrix> predictions;  // predictions[e]: y_hat (N,O) at epoch e, same moment
};

// Thrown when the loss stops being a number (NaN or infinite): the weights
// have overflowed. The message names the epoch and what to make smaller.
class TrainingDiverged : public std::runtime_error {
 public:
  TrainingDiverged(int epoch, double loss, const Settings& settings);
};

// If the loss has stopped moving (the same to 6 digits over the last
// kStuckEpochs epochs, or over the whole run if it is shorter), says so once
// on stderr and returns true. A warning, not an error: the network may be
// fine (a loss already at its floor), or stuck (sigmoids saturated).
// stuck_warning() is that warning's text ("" if the loss moved), for
// callers that show it elsewhere (the playground).
constexpr int kStuckEpochs = 1000;
bool warn_if_stuck(const TrainingHistory& history);
std::string stuck_warning(const std::vector<double>& losses);

// "What to notice: " and what a run did, wrapped for the terminal: its loss
// stopped moving (stuck), never rose, or rose at some epochs (overshoot),
// from what to what; then how many predictions moved towards their targets
// y (N,1) and ended on the right side of 0.5. With `article`, also how the
// article's printed numbers compare.
std::string what_the_losses_did(const TrainingHistory& history, const Matrix& y, bool article);

// Trains net in place on X (N,I) and y (N,O) for settings.epochs epochs
// at settings.learning_rate. Throws TrainingDiverged if the loss becomes
// NaN or infinite.
TrainingHistory train(Network& net, const Matrix& X, const Matrix& y, const Settings& settings);
