// exercises/loss.cpp - YOUR TURN: chapter 3's exercise.
//
// Replace the todo(...) line with your code, then run
//     cmake --workflow --preset exercises
// The book's page "3 · The loss" explains everything you need.
// The "//! [name]" lines mark where the exercise starts and ends: keep them.
#include "03_loss/loss.h"

#include <cmath>

#include "todo.h"

//! [bce]
double bce_loss(const Matrix& y_hat, const Matrix& y) {
  // TODO (exercise 6): the mean over all entries of
  //   -( y * log(y_hat + eps) + (1 - y) * log(1 - y_hat + eps) ),  eps = kLogEpsilon.
  // y_hat and y are both (N,O); if their shapes differ, throw a ShapeError
  // that names bce_loss (require_same_shape in matrix.h does that for you).
  todo("bce_loss");
}
//! [bce]
