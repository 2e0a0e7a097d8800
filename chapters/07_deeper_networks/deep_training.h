// deep_training.h - chapter 7: starting, training and measuring a deep network.
// Tests: tests/test_chapter7.cpp.
#pragma once

#include <vector>

#include "04_backprop/gradient_check.h"
#include "07_deeper_networks/deep_network.h"
#include "matrix.h"
#include "settings.h"

// |dW[l]| (chapter 4's gradient_norm) for l = 0 ... L (layer 1 ... L + 1),
// from one forward and backward pass.
std::vector<double> layer_gradient_norms(const DeepNetwork& net, const Matrix& X, const Matrix& y);

// Hidden units whose output is 0 for every example ("dead"): such a ReLU
// passes no gradient back to its own weights and bias. That does not make it
// dead for good: a unit above the first hidden layer takes the layers below
// as its inputs, and they keep learning, so its z can turn positive again.
// Only a first-layer unit, whose inputs are the fixed data, stays dead.
// Always 0 for sigmoid and tanh, whose outputs are never exactly 0.
// dead[l][j]: unit j of hidden layer l + 1 (cache.a[l + 1]), l = 0 ... L-1.
using DeadUnits = std::vector<std::vector<bool>>;
DeadUnits find_dead_units(const DeepCache& cache);

// Dead units that came back: a unit dead at one epoch and alive at the next
// is one revival (a unit may die and come back more than once).
struct Revivals {
  std::vector<int> by_layer;  // revivals in hidden layer 1 ... L
  int first_epoch = -1;       // the first epoch a unit was back; -1: none came back
  DeadUnits last_seen;        // which units were dead at the epoch before
  void watch(int epoch, const DeadUnits& dead);  // called once per epoch, in order
  int total() const;
};

// The share of examples on the right side of one half: y_hat and y (N,O).
double accuracy_at_one_half(const Matrix& y_hat, const Matrix& y);

// Chapter 5's loop for any depth: settings.epochs full-batch gradient-descent
// steps at settings.learning_rate. Returns the loss at every epoch (before
// that epoch's step). Throws TrainingDiverged (chapter 5) if the loss
// stops being a number. Given `revivals`, it watches the dead units at every
// epoch (from the forward pass it makes anyway).
std::vector<double> train_deep(DeepNetwork& net, const Matrix& X, const Matrix& y,
                               const Settings& settings, Revivals* revivals = nullptr);
