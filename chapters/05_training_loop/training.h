// training.h - chapter 5: the training loop.
//
// One epoch = forward pass, loss, backward pass, one gradient-descent step:
//   W <- W - learning_rate * dW     for each of W1, b1, W2, b2
// Repeat, and the loss falls. When it does not (it diverges, or stops
// moving), training_problems.h says so.
// Code: training.cpp (exercises 11 and 12).
// Tests: tests/test_chapter5.cpp and tests/exercises/test_chapter5_exercises.cpp.
#pragma once

#include <vector>

#include "02_stacking_layers/network.h"
#include "04_backprop/backprop.h"
#include "05_training_loop/training_problems.h"
#include "settings.h"

// One gradient-descent step: every parameter moves against its gradient.
// Each gradient has its parameter's shape (see Gradients).
void sgd_step(Network& net, const Gradients& grads, double learning_rate);

// What a training run leaves behind besides the trained network.
struct TrainingHistory {
  std::vector<double> losses;       // losses[e]: the loss at epoch e, before its update
  std::vector<Matrix> predictions;  // predictions[e]: y_hat (N,O) at epoch e, same moment
};

// Trains net in place on X (N,I) and y (N,O) for settings.epochs epochs
// at settings.learning_rate. Throws TrainingDiverged if the loss becomes
// NaN or infinite.
TrainingHistory train(Network& net, const Matrix& X, const Matrix& y, const Settings& settings);
