// gradient_check.cpp - chapter 4: numerical gradients, the referee for backprop.
#include "04_backprop/gradient_check.h"

#include <cmath>

#include "03_loss/loss.h"

namespace {

// dL/dp for every entry p of `param`, which must be one of the matrices
// inside `net`: each entry is nudged, the loss re-measured, then restored.
//! [numerical_gradient]
Matrix numerical_gradient(Network& net, Matrix& param, const Matrix& X, const Matrix& y,
                          double step) {
  Matrix grad(param.rows(), param.cols());
  for (int r = 0; r < param.rows(); ++r) {
    for (int c = 0; c < param.cols(); ++c) {
      const double saved = param(r, c);
      param(r, c) = saved + step;
      const double loss_up = bce_loss(forward(net, X).y_hat, y);
      param(r, c) = saved - step;
      const double loss_down = bce_loss(forward(net, X).y_hat, y);
      param(r, c) = saved;
      grad(r, c) = (loss_up - loss_down) / (2 * step);
    }
  }
  return grad;
}
//! [numerical_gradient]

}  // namespace

Gradients numerical_gradients(const Network& net, const Matrix& X, const Matrix& y, double step) {
  Network probe = net;  // a copy we are allowed to nudge
  Gradients grads;
  grads.dW1 = numerical_gradient(probe, probe.W1, X, y, step);
  grads.db1 = numerical_gradient(probe, probe.b1, X, y, step);
  grads.dW2 = numerical_gradient(probe, probe.W2, X, y, step);
  grads.db2 = numerical_gradient(probe, probe.b2, X, y, step);
  return grads;
}

double gradient_norm(const Matrix& gradient) {
  double sum_of_squares = 0.0;
  for (const double g : gradient.values()) sum_of_squares += g * g;
  return std::sqrt(sum_of_squares);
}

double relative_error(const Matrix& a, const Matrix& b) {
  const double scale = gradient_norm(a) + gradient_norm(b);
  return scale == 0.0 ? 0.0 : gradient_norm(a - b) / scale;
}
