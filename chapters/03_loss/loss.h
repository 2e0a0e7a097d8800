// loss.h - chapter 3: how wrong are we? Binary cross-entropy.
//
// For one example with label y (0 or 1) and prediction p in (0, 1):
//   loss = -( y * log(p) + (1 - y) * log(1 - p) )
// Only one of the two terms is ever switched on: when y = 1 the loss is
// -log(p), small when p is near 1 and huge when p is near 0; when y = 0 it
// is -log(1 - p). The loss of a batch is the mean over all its examples.
// Tests: tests/test_chapter3.cpp and tests/exercises/test_chapter3_exercises.cpp.
#pragma once

#include "matrix.h"

//! [epsilon]
// Added inside each log so that a prediction of exactly 0 or 1 costs a large
// but finite amount (about 18.4) instead of log(0) = -infinity.
constexpr double kLogEpsilon = 1e-8;
//! [epsilon]

// y_hat (the predictions) and y (the labels) are both (N,O) -> the mean loss
// over all N*O entries. Like every (y_hat, y) pair in the book, prediction first.
double bce_loss(const Matrix& y_hat, const Matrix& y);
