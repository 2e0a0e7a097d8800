// loss.cpp - chapter 3 reference solution: binary cross-entropy.
#include "03_loss/loss.h"

#include <cmath>

//! [bce]
double bce_loss(const Matrix& y, const Matrix& y_hat) {
  // Per entry: y*log(p + eps) + (1-y)*log(1-p + eps); then the negated mean.
  const Matrix log_likelihood = zip_with("bce_loss", "vs", y, y_hat, [](double label, double p) {
    return label * std::log(p + kLogEpsilon) + (1 - label) * std::log(1 - p + kLogEpsilon);
  });
  return -mean(log_likelihood);
}
//! [bce]
