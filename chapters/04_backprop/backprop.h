// backprop.h - chapter 4: backpropagation, the chain rule run backwards.
//
//! [pairs]
// Each backward function below undoes one forward step, in reverse order:
//
//   forward (chapter 2)                     backward (this chapter)
//   z1 = dense_forward(X, W1, b1)      <->  dense_backward(dz1, X, W1)   -> dW1, db1 (dX)
//   a1 = sigmoid(z1)                   <->  sigmoid_backward(da1, a1)    -> dz1
//   z2 = dense_forward(a1, W2, b2)     <->  dense_backward(dz2, a1, W2)  -> dW2, db2, da1
//   y_hat = sigmoid(z2), loss = BCE    <->  output_delta(y_hat, y)       -> dz2
//
// A "d" name is the gradient of the loss with respect to that quantity, per
// example: dz2 is (N,O) like z2, dW1 is (I,H) like W1.
//! [pairs]
// Tests: tests/test_chapter4.cpp and tests/exercises/test_chapter4_exercises.cpp.
#pragma once

#include "02_stacking_layers/network.h"
#include "matrix.h"

// The four things backprop is for: one gradient per parameter, same shapes.
struct Gradients {
  Matrix dW1;  // (I,H)
  Matrix db1;  // (1,H)
  Matrix dW2;  // (H,O)
  Matrix db2;  // (1,O)
};

// Sigmoid then BCE, differentiated together with respect to z2:
// y_hat (N,O), y (N,O) -> dz2 = y_hat - y, (N,O). Everything else in the
// derivative cancels; chapter 4 of the book shows the algebra.
Matrix output_delta(const Matrix& y_hat, const Matrix& y);

// What a dense layer's backward pass gives, from the gradient dz of its output.
struct DenseGradients {
  Matrix dW;      // (I,H): input^T @ dz / N, the average over the N examples
  Matrix db;      // (1,H): the mean of dz over the N examples
  Matrix dinput;  // (N,I): dz @ W^T, the gradient handed on to the layer below
};

// dz is (N,H); the layer's input was (N,I) and its weights W are (I,H).
DenseGradients dense_backward(const Matrix& dz, const Matrix& input, const Matrix& W);

// da (R,C) is the gradient arriving at a = sigmoid(z), a (R,C) is what
// forward kept -> dz = da * a * (1 - a), element-wise, (R,C).
// sigmoid'(z) = a * (1 - a) is never above 0.25.
Matrix sigmoid_backward(const Matrix& da, const Matrix& a);

// The whole backward pass: X (N,I), y (N,O), and what forward kept -> the
// four gradients.
Gradients backward(const Network& net, const Matrix& X, const Matrix& y, const ForwardCache& cache);
