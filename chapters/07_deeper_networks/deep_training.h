// deep_training.h - chapter 7: starting, training and measuring a deep network.
#pragma once

#include <vector>

#include "07_deeper_networks/deep_network.h"
#include "matrix.h"
#include "settings.h"

// The size of a gradient: sqrt of the sum of its squared entries (the
// Frobenius norm, NumPy's np.linalg.norm). One number per layer shows where
// the gradient vanishes.
double gradient_norm(const Matrix& gradient);

// |dW[l]| for every layer l = 0 ... L, from one forward and backward pass.
std::vector<double> layer_gradient_norms(const DeepNetwork& net, const Matrix& X, const Matrix& y);

// Hidden units whose output is 0 for every example in X: a ReLU unit in that
// state gets no gradient, so it never comes back ("dead"). Always 0 for
// sigmoid and tanh, whose outputs are never exactly 0.
int dead_units(const DeepNetwork& net, const Matrix& X);

// The share of examples on the right side of one half: y_hat and y (N,O).
double accuracy(const Matrix& y_hat, const Matrix& y);

// Chapter 5's loop for any depth: settings.epochs full-batch gradient-descent
// steps at settings.learning_rate. Returns the loss at every epoch (before
// that epoch's step). Throws TrainingDiverged (chapter 5) if the loss
// stops being a number.
std::vector<double> train_deep(DeepNetwork& net, const Matrix& X, const Matrix& y,
                               const Settings& settings);
