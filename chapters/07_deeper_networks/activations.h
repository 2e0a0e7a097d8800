// activations.h - chapter 7: three activations, each a forward/backward pair.
// Code: activations.cpp (exercises 14 and 15).
//
//! [table]
// A hidden layer computes a = f(z) element by element. Backprop needs the
// slope f'(z), and for all three it can be read off the output a alone:
//
//   name     forward f(z)              slope f'(z), from a       largest slope
//   sigmoid  1 / (1 + e^(-z))          a * (1 - a)               0.25 at z = 0
//   tanh     (e^z - e^-z)/(e^z + e^-z) 1 - a * a                 1 at z = 0
//   relu     max(z, 0)                 1 where a > 0, else 0     1 for every z > 0
//
// Each backward function takes da (the gradient arriving at a) and the a that
// the forward pass kept, and returns dz = da * f'(z), every shape (R,C).
//! [table]
// Tests: tests/test_chapter7.cpp and tests/exercises/test_chapter7_exercises.cpp.
#pragma once

#include <stdexcept>
#include <string>

#include "01_single_neuron/neuron.h"
#include "04_backprop/backprop.h"
#include "matrix.h"
#include "names.h"

enum class Activation { sigmoid, tanh, relu };
constexpr Activation kActivations[] = {Activation::sigmoid, Activation::tanh, Activation::relu};

// "sigmoid", "tanh" or "relu": the names the --activation option takes.
inline constexpr Names<Activation, 3> kActivationNames{
    {{Activation::sigmoid, "sigmoid"}, {Activation::tanh, "tanh"}, {Activation::relu, "relu"}}};
inline const char* activation_name(Activation kind) { return name_of(kActivationNames, kind); }
// The activation called `name`; throws std::invalid_argument for any other word.
inline Activation activation_named(const std::string& name) {
  return value_named(kActivationNames, name, "activation");
}

// tanh of every element, (R,C) -> (R,C). (Sigmoid is chapter 1's.)
Matrix tanh_forward(const Matrix& z);
// dz = da * (1 - a * a), with a = tanh(z).
Matrix tanh_backward(const Matrix& da, const Matrix& a);

// max(z, 0) for every element, (R,C) -> (R,C).
Matrix relu_forward(const Matrix& z);
// dz = da where a > 0, and 0 where the unit was off (a = 0).
Matrix relu_backward(const Matrix& da, const Matrix& a);

// The pair `kind` names, for code that loops over layers.
//! [activate]
inline Matrix activate(Activation kind, const Matrix& z) {
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

inline Matrix activation_backward(Activation kind, const Matrix& da, const Matrix& a) {
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
