// loss.cpp - chapter 3 reference solution: binary cross-entropy.
#include "03_loss/loss.h"

#include <cmath>

//! [bce]
double bce_loss(const Matrix& y_hat, const Matrix& y) {
  require_same_shape("bce_loss", "vs", y_hat, y);
  // -mean( y * log(y_hat + eps) + (1 - y) * log(1 - y_hat + eps) ), all (N,O):
  const Matrix log_p = map(y_hat, [](double p) { return std::log(p + kLogEpsilon); });
  const Matrix log_not_p = map(y_hat, [](double p) { return std::log(1 - p + kLogEpsilon); });
  return -mean(hadamard(y, log_p) + hadamard(1.0 - y, log_not_p));
}
//! [bce]
