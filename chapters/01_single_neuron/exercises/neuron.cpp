// exercises/neuron.cpp - YOUR TURN: chapter 1's exercises.
//
// Replace each todo(...) line with your code, then run
//     cmake --workflow --preset exercises
// to see which exercises pass. The book's page "1 · One neuron" explains
// everything you need. The reference solution is ../neuron.cpp: try not to
// peek until your tests pass.
//
// The "//! [name]" lines mark where each exercise starts and ends: keep them.
#include "01_single_neuron/neuron.h"

#include <cmath>

#include "todo.h"

//! [sigmoid]
double sigmoid(double z) {
  // TODO (exercise 1): the logistic function, 1 / (1 + e^(-z)).
  // Must give 0 (not NaN) at z = -1000 and 1 at z = 1000.
  todo("sigmoid");
}

Matrix sigmoid(const Matrix& z) {
  // TODO (exercise 1): the sigmoid of every element. Z is (R,C) -> (R,C).
  todo("sigmoid");
}
//! [sigmoid]

//! [forward]
double Neuron::forward(const Matrix& x) const {
  // TODO (exercise 2): weighted sum of the inputs, plus the bias, through the
  // sigmoid. x is (1,I), weights is (I,1) -> one number in (0, 1).
  todo("neuron_forward");
}
//! [forward]
