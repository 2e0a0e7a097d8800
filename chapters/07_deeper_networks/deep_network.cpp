// deep_network.cpp - chapter 7 reference solution: the forward and backward
// passes of a network of any depth. (tanh and ReLU are in activations.cpp.)
#include "07_deeper_networks/deep_network.h"

#include <cmath>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/network.h"
#include "04_backprop/backprop.h"

//! [deep_forward]
DeepCache deep_forward(const DeepNetwork& net, const Matrix& X) {
  const std::size_t L = net.W.size() - 1;  // hidden layers; W[L] is the output layer's
  DeepCache cache;
  cache.a.push_back(X);  // a[0]: (N,I)
  for (std::size_t l = 0; l <= L; ++l) {
    const Matrix z = dense_forward(cache.a[l], net.W[l], net.b[l]);       // (N, fan_out)
    cache.a.push_back(l < L ? activate(net.activation, z) : sigmoid(z));  // a[l+1]
  }
  return cache;
}
//! [deep_forward]

//! [deep_backward]
DeepGradients deep_backward(const DeepNetwork& net, const Matrix& y, const DeepCache& cache) {
  const std::size_t L = net.W.size() - 1;
  DeepGradients grads{std::vector<Matrix>(L + 1), std::vector<Matrix>(L + 1)};
  Matrix dz = output_delta(cache.a.back(), y);  // (N,O): sigmoid + BCE, chapter 4
  for (std::size_t l = L + 1; l-- > 0;) {       // l = L, L-1, ..., 0: layer L + 1 down to 1
    const DenseGradients layer = dense_backward(dz, cache.a[l], net.W[l]);
    grads.dW[l] = layer.dW;                                                         // like W[l]
    grads.db[l] = layer.db;                                                         // like b[l]
    if (l > 0) dz = activation_backward(net.activation, layer.dinput, cache.a[l]);  // a[l] -> z
  }
  return grads;
}
//! [deep_backward]
