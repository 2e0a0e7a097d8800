// activations.cpp - chapter 7 reference solution: tanh and ReLU, each a
// forward/backward pair. (The switch that picks one of the three by kind,
// activate(), is in activations.h.)
#include "07_deeper_networks/activations.h"

#include <cmath>

#include "01_single_neuron/neuron.h"
#include "04_backprop/backprop.h"

//! [tanh]
Matrix tanh_forward(const Matrix& z) {
  return map(z, [](double v) { return std::tanh(v); });  // (R,C)
}

Matrix tanh_backward(const Matrix& da, const Matrix& a) {
  return hadamard(da, 1.0 - hadamard(a, a));  // da * (1 - a * a), (R,C)
}
//! [tanh]

//! [relu]
Matrix relu_forward(const Matrix& z) {
  return map(z, [](double v) { return v > 0.0 ? v : 0.0; });  // (R,C)
}

Matrix relu_backward(const Matrix& da, const Matrix& a) {
  const Matrix on = map(a, [](double v) { return v > 0.0 ? 1.0 : 0.0; });  // f'(z): 1 or 0
  return hadamard(da, on);                                                 // (R,C)
}
//! [relu]
