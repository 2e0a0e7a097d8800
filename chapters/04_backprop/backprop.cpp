// backprop.cpp - chapter 4 reference solution: the backward pass.
#include "04_backprop/backprop.h"

#include <utility>

//! [output_delta]
Matrix output_delta(const Matrix& y_hat, const Matrix& y) {
  return y_hat - y;  // (N,O)
}
//! [output_delta]

//! [dense_backward]
DenseGradients dense_backward(const Matrix& dz, const Matrix& input) {
  const double n = dz.rows();  // N examples: the loss is a mean, so the gradient is too
  DenseGradients grads;
  grads.dW = matmul(transpose(input), dz) / n;  // (I,N) @ (N,H) -> (I,H)
  grads.db = column_means(dz);                 // (N,H) -> (1,H)
  return grads;
}
//! [dense_backward]

//! [sigmoid_backward]
Matrix sigmoid_backward(const Matrix& da, const Matrix& a) {
  // One pass, element by element: da * a * (1 - a), all (R,C).
  return zip_with("sigmoid_backward", "*", da, a,
                  [](double g, double s) { return g * s * (1.0 - s); });
}
//! [sigmoid_backward]

//! [backward]
Gradients backward(const Network& net, const Matrix& X, const Matrix& y,
                   const ForwardCache& cache) {
  // Output layer first: the loss reaches z2, then W2 and b2.
  const Matrix dz2 = output_delta(cache.y_hat, y);        // (N,O)   step 1
  DenseGradients layer2 = dense_backward(dz2, cache.a1);  // dW2, db2  step 2
  // Then back into the hidden layer, and through its sigmoid to z1.
  const Matrix da1 = matmul(dz2, transpose(net.W2));   // (N,O) @ (O,H) -> (N,H)
  const Matrix dz1 = sigmoid_backward(da1, cache.a1);  // (N,H)   step 3
  DenseGradients layer1 = dense_backward(dz1, X);      // dW1, db1  step 4
  // std::move hands the four matrices over instead of copying them.
  return Gradients{std::move(layer1.dW), std::move(layer1.db), std::move(layer2.dW),
                   std::move(layer2.db)};
}
//! [backward]
