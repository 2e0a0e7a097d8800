// training.cpp - chapter 5 reference solution: the update step and the loop.
#include "05_training_loop/training.h"

#include <cmath>

#include "03_loss/loss.h"

//! [sgd_step]
void sgd_step(Network& net, const Gradients& grads, double learning_rate) {
  net.W1 -= learning_rate * grads.dW1;  // (I,H)
  net.b1 -= learning_rate * grads.db1;  // (1,H)
  net.W2 -= learning_rate * grads.dW2;  // (H,O)
  net.b2 -= learning_rate * grads.db2;  // (1,O)
}
//! [sgd_step]

//! [train]
TrainingHistory train(Network& net, const Matrix& X, const Matrix& y, const Settings& settings) {
  TrainingHistory history;
  for (int epoch = 0; epoch < settings.epochs; ++epoch) {
    const ForwardCache cache = forward(net, X);    // chapter 2
    const double loss = bce_loss(cache.y_hat, y);  // chapter 3
    if (!std::isfinite(loss)) throw TrainingDiverged(epoch, loss, settings);
    history.losses.push_back(loss);
    history.predictions.push_back(cache.y_hat);
    const Gradients grads = backward(net, X, y, cache);  // chapter 4
    sgd_step(net, grads, settings.learning_rate);        // all gradients first, then the step
  }
  return history;
}
//! [train]
