// plain_steps.cpp - chapter 9 reference solution: the two exercises of the
// fast trainer (declared in fast_parts.h), step 1's epoch and step 2's loss term.
#include <cmath>

#include "01_single_neuron/neuron.h"
#include "03_loss/loss.h"
#include "09_making_it_fast/fast_parts.h"

//! [loss_term]
// With y exactly 1 or 0 one of the two terms is 0 * (a finite number), which
// adds nothing: leaving it out gives the same bits and saves a log.
double loss_term(double y_hat, double y) {
  if (y == 1.0) return std::log(y_hat + kLogEpsilon);
  if (y == 0.0) return std::log(1 - y_hat + kLogEpsilon);
  return y * std::log(y_hat + kLogEpsilon) + (1 - y) * std::log(1 - y_hat + kLogEpsilon);
}
//! [loss_term]

// Step 1, workspace: chapter 5's epoch loop for loop (matmul's r, k, c order,
// transpose by reading across), but into buffers that live as long as the run.
//! [workspace]
// Adds the epoch's gradient and loss sums into `sums` (cleared by the caller).
void epoch_workspace(const Parameters& p, const double* X, const double* y, int N, Workspace& ws,
                     Sums& sums) {
  const int I = p.inputs, H = p.hidden;
  std::fill(ws.a1.begin(), ws.a1.end(), 0.0);
  for (int n = 0; n < N; ++n) {  // z1 = X @ W1, then a1 = sigmoid(z1 + b1)
    for (int i = 0; i < I; ++i) {
      for (int h = 0; h < H; ++h) ws.a1[n * H + h] += X[n * I + i] * p.W1[i * H + h];
    }
    for (int h = 0; h < H; ++h) ws.a1[n * H + h] = sigmoid(ws.a1[n * H + h] + p.b1[h]);
  }
  for (int n = 0; n < N; ++n) {  // y_hat = sigmoid(a1 @ W2 + b2)
    double z2 = 0.0;
    for (int h = 0; h < H; ++h) z2 += ws.a1[n * H + h] * p.W2[h];
    ws.y_hat[n] = sigmoid(z2 + p.b2);
  }
  for (int n = 0; n < N; ++n) {
    sums.loss += y[n] * std::log(ws.y_hat[n] + kLogEpsilon) +
                 (1 - y[n]) * std::log(1 - ws.y_hat[n] + kLogEpsilon);
  }
  for (int h = 0; h < H; ++h) {  // dW2 = a1.T @ dz2, dz2 = y_hat - y
    for (int n = 0; n < N; ++n) sums.dW2[h] += ws.a1[n * H + h] * (ws.y_hat[n] - y[n]);
  }
  for (int n = 0; n < N; ++n) sums.db2 += ws.y_hat[n] - y[n];
  for (int n = 0; n < N; ++n) {  // dz1 = (dz2 @ W2.T) * a1 * (1 - a1)
    for (int h = 0; h < H; ++h) {
      const double a = ws.a1[n * H + h];
      ws.dz1[n * H + h] = (ws.y_hat[n] - y[n]) * p.W2[h] * a * (1.0 - a);
    }
  }
  for (int i = 0; i < I; ++i) {  // dW1 = X.T @ dz1
    for (int n = 0; n < N; ++n) {
      for (int h = 0; h < H; ++h) sums.dW1[i * H + h] += X[n * I + i] * ws.dz1[n * H + h];
    }
  }
  for (int n = 0; n < N; ++n) {  // db1 = column sums of dz1
    for (int h = 0; h < H; ++h) sums.db1[h] += ws.dz1[n * H + h];
  }
}
//! [workspace]
