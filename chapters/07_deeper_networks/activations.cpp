// activations.cpp - chapter 7: picking one of the three activations by name.
// (The activations themselves are in deep_network.cpp, an exercise file.)
#include "07_deeper_networks/activations.h"

#include <stdexcept>

#include "01_single_neuron/neuron.h"
#include "04_backprop/backprop.h"

const char* activation_name(Activation kind) { return name_of(kActivationNames, kind); }

Activation activation_named(const std::string& name) {
  return value_named(kActivationNames, name, "activation");
}

//! [activate]
Matrix activate(Activation kind, const Matrix& z) {
  switch (kind) {
    case Activation::sigmoid:
      return sigmoid(z);  // chapter 1
    case Activation::tanh:
      return tanh_forward(z);
    case Activation::relu:
      return relu_forward(z);
  }
  throw std::invalid_argument("activate: unknown activation");
}

Matrix activation_backward(Activation kind, const Matrix& da, const Matrix& a) {
  switch (kind) {
    case Activation::sigmoid:
      return sigmoid_backward(da, a);  // chapter 4
    case Activation::tanh:
      return tanh_backward(da, a);
    case Activation::relu:
      return relu_backward(da, a);
  }
  throw std::invalid_argument("activation_backward: unknown activation");
}
//! [activate]
