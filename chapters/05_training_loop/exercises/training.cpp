// exercises/training.cpp - YOUR TURN: chapter 5's exercises.
//
// Replace each todo(...) line with your code, then run
//     cmake --workflow --preset exercises
// When both pass, ./build-exercises/bin/chapter_5 trains with YOUR code.
// The book's page "5 · The training loop" explains everything you need.
// The "//! [name]" lines mark where each exercise starts and ends: keep them.
#include "05_training_loop/training.h"

#include <cmath>

#include "03_loss/loss.h"
#include "todo.h"

//! [sgd_step]
void sgd_step(Network& net, const Gradients& grads, double learning_rate) {
  // TODO (exercise 11): move each of W1, b1, W2, b2 a step of size
  // learning_rate against its gradient. Each gradient has its parameter's shape.
  todo("sgd_step");
}
//! [sgd_step]

//! [train]
TrainingHistory train(Network& net, const Matrix& X, const Matrix& y, const Settings& settings) {
  // TODO (exercise 12): settings.epochs times: forward pass, record the loss
  // and the predictions (before the update), backward pass, one sgd_step.
  // X is (N,I), y is (N,O). Return the history. If a loss is not finite
  // (std::isfinite), stop: throw TrainingDiverged(epoch, loss, settings).
  todo("train");
}
//! [train]
