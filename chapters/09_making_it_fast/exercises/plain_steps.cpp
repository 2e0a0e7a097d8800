// plain_steps.cpp - chapter 9 exercises 21 and 22: two parts of the fast
// trainer (declared in ../fast_parts.h). Replace each todo(...) line with
// your code; `cmake --workflow --preset exercises` checks it, and chapter_9
// in build-exercises/bin/ then times your code.
#include <cmath>

#include "01_single_neuron/neuron.h"
#include "03_loss/loss.h"
#include "09_making_it_fast/fast_parts.h"
#include "todo.h"

//! [loss_term]
double loss_term(double y_hat, double y) {
  // TODO (exercise 22): chapter 3's y log(y_hat + eps) + (1 - y) log(1 - y_hat + eps),
  // eps = kLogEpsilon, for one example. When y is exactly 1 or exactly 0,
  // one of the two logs is multiplied by 0: return the other one alone (the
  // same bits, one log fewer). Any other y (a soft label) takes both.
  todo("loss_term");
}
//! [loss_term]

//! [workspace]
void epoch_workspace(const Parameters& p, const double* X, const double* y, int N, Workspace& ws,
                     Sums& sums) {
  // TODO (exercise 21): chapter 5's epoch on plain arrays (row by row:
  // X[n * I + i] is X(n,i), p.W1[i * H + h] is W1(i,h)), with no new memory:
  // write a1 and dz1 (N,H) and y_hat (N,1) into ws, and ADD into sums.loss
  // (the sum of chapter 3's loss terms), sums.dW2, sums.db2, sums.dW1 and
  // sums.db1 (gradients before dividing by N). Each number must come out
  // bit for bit as chapter 5's: every sum adds its terms in the order
  // matmul adds them (z1 starts at 0 and adds x_i * W1(i,h) for i = 0, 1, ...,
  // then b1; gradient sums over the examples n = 0, 1, ...), and every product
  // is multiplied in chapter 4's order.
  todo("epoch_workspace");
}
//! [workspace]
