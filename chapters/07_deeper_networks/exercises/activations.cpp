// exercises/activations.cpp - YOUR TURN: chapter 7's exercises 14 and 15.
//
// Replace each todo(...) line with your code, then run
//     cmake --workflow --preset exercises
// The book's page "7 · Deeper networks" explains every formula.
// The "//! [name]" lines mark where each exercise starts and ends: keep them.
#include "07_deeper_networks/activations.h"

#include <cmath>

#include "01_single_neuron/neuron.h"
#include "04_backprop/backprop.h"
#include "todo.h"

//! [tanh]
Matrix tanh_forward(const Matrix& z) {
  // TODO (exercise 14): tanh of every element, (R,C) -> (R,C).
  todo("tanh_forward");
}

Matrix tanh_backward(const Matrix& da, const Matrix& a) {
  // TODO (exercise 14): the gradient at z from the gradient da at a = tanh(z),
  // using only a: tanh'(z) = 1 - a * a. All (R,C), element by element.
  todo("tanh_backward");
}
//! [tanh]

//! [relu]
Matrix relu_forward(const Matrix& z) {
  // TODO (exercise 15): max(z, 0) for every element, (R,C) -> (R,C).
  todo("relu_forward");
}

Matrix relu_backward(const Matrix& da, const Matrix& a) {
  // TODO (exercise 15): da where the unit was on (a > 0), 0 where it was off.
  todo("relu_backward");
}
//! [relu]
