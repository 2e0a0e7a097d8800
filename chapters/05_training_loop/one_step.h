// one_step.h - how far one step of gradient descent goes, for every step length.
//
// From the starting network, one gradient step at learning rate lr lands at
// some loss. For a small lr the slope alone predicts it: L - lr |g|^2, where
// |g|^2 sums the squares of all four gradients (the first-order promise). For
// a large lr the step overshoots the valley and the promise is wrong.
// Chapter 5's figure "one step" draws both.
// Tests: chapter5/one_step_* in tests/test_chapter5.cpp.
#pragma once

#include <utility>
#include <vector>

#include "02_stacking_layers/network.h"

struct OneStep {
  std::vector<std::pair<double, double>> reached;   // (lr, loss after one step at lr)
  std::vector<std::pair<double, double>> promised;  // (lr, L - lr |g|^2)
};

// One step from `net` on X (N,2), y (N,1) at each lr from 0.01 to 100, evenly
// spaced on a log axis (each 2% longer than the last).
OneStep one_step_at_every_rate(const Network& net, const Matrix& X, const Matrix& y);
