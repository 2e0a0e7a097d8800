// one_step.cpp - the loss one gradient step reaches, for every step length.
#include "05_training_loop/one_step.h"

#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "05_training_loop/training.h"

OneStep one_step_at_every_rate(const Network& net, const Matrix& X, const Matrix& y) {
  const ForwardCache cache = forward(net, X);
  const double loss = bce_loss(cache.y_hat, y);
  const Gradients g = backward(net, X, y, cache);
  double squared = 0.0;  // |g|^2 over all four gradients
  for (const Matrix* d : {&g.dW1, &g.db1, &g.dW2, &g.db2}) {
    for (const double v : d->values()) squared += v * v;
  }
  OneStep result;
  for (double lr = 0.01; lr <= 100.0 * 1.0001; lr *= 1.02) {  // 0.01 to 100, evenly on a log axis
    Network stepped = net;
    sgd_step(stepped, g, lr);
    result.reached.emplace_back(lr, bce_loss(forward(stepped, X).y_hat, y));
    result.promised.emplace_back(lr, loss - lr * squared);
  }
  return result;
}
