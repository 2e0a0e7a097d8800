// backprop.cpp - chapter 4 reference solution: the backward pass.
#include "04_backprop/backprop.h"

//! [output_delta]
Matrix output_delta(const Matrix& y_hat, const Matrix& y) {
  return y_hat - y;  // (N,O)
}
//! [output_delta]

//! [dense_backward]
DenseGradients dense_backward(const Matrix& dz, const Matrix& input, const Matrix& W) {
  const double n = dz.rows();  // N examples: the loss is a mean, so the gradient is too
  DenseGradients grads;
  grads.dW = matmul(transpose(input), dz) / n;  // (I,N) @ (N,H) -> (I,H)
  grads.db = column_means(dz);                  // (N,H) -> (1,H)
  grads.dinput = matmul(dz, transpose(W));      // (N,H) @ (H,I) -> (N,I)
  return grads;
}
//! [dense_backward]

//! [sigmoid_backward]
Matrix sigmoid_backward(const Matrix& da, const Matrix& a) {
  return hadamard(hadamard(da, a), 1.0 - a);  // da * a * (1 - a), all (R,C)
}
//! [sigmoid_backward]

//! [backward]
Gradients backward(const Network& net, const Matrix& X, const Matrix& y,
                   const ForwardCache& cache) {
  // forward() in reverse, step for step: it ran z1, a1, z2, y_hat.
  const Matrix dz2 = output_delta(cache.y_hat, y);                      // y_hat -> z2, (N,O)
  const DenseGradients layer2 = dense_backward(dz2, cache.a1, net.W2);  // z2 -> W2, b2, a1
  const Matrix dz1 = sigmoid_backward(layer2.dinput, cache.a1);         // a1 -> z1, (N,H)
  const DenseGradients layer1 = dense_backward(dz1, X, net.W1);         // z1 -> W1, b1 (and X)
  return Gradients{layer1.dW, layer1.db, layer2.dW, layer2.db};
}
//! [backward]
