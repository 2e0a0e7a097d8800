// neuron.h - chapter 1: one artificial neuron.
//
// A neuron does two things: a weighted sum of its inputs plus a bias,
//   z = x . w + b,
// then an activation that squashes z into (0, 1):
//   sigmoid(z) = 1 / (1 + e^(-z)).
// Tests: tests/test_chapter1.cpp and tests/exercises/test_chapter1_exercises.cpp.
#pragma once

#include "matrix.h"

// The logistic sigmoid of one number: (-inf, inf) -> (0, 1).
double sigmoid(double z);

// The sigmoid of every element: Z is (R,C) -> (R,C).
Matrix sigmoid(const Matrix& z);

//! [neuron]
// One neuron with I inputs. Its weights are a column so that a layer of H
// neurons (chapter 2) is just H such columns side by side: W is (I,H).
struct Neuron {
  Matrix weights;     // (I,1): how much the neuron cares about each input
  double bias = 0.0;  // shifts z before the squash: the neuron's own offset

  // x is (1,I): one example as a row -> the neuron's output in (0, 1).
  double forward(const Matrix& x) const;
};
//! [neuron]
