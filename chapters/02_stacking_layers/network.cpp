// network.cpp - chapter 2 reference solution: initialisation and the forward pass.
#include "02_stacking_layers/network.h"

#include "01_single_neuron/neuron.h"

//! [init]
Network init_network(NumpyRandom& rng, int inputs, int hidden, int outputs, double scale) {
  Network net;
  net.W1 = scale * rng.randn(inputs, hidden);   // (I,H), drawn first
  net.b1 = Matrix(1, hidden);                   // (1,H), zeros
  net.W2 = scale * rng.randn(hidden, outputs);  // (H,O), drawn second
  net.b2 = Matrix(1, outputs);                  // (1,O), zeros
  return net;
}
//! [init]

//! [dense_forward]
Matrix dense_forward(const Matrix& X, const Matrix& W, const Matrix& b) {
  return add_to_each_row(matmul(X, W), b);  // (N,I) @ (I,H) -> (N,H), + b on each row
}
//! [dense_forward]

//! [forward]
ForwardCache forward(const Network& net, const Matrix& X) {
  ForwardCache cache;
  cache.a1 = sigmoid(dense_forward(X, net.W1, net.b1));            // (N,H)
  cache.y_hat = sigmoid(dense_forward(cache.a1, net.W2, net.b2));  // (N,O)
  return cache;
}
//! [forward]
