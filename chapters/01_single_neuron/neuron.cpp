// neuron.cpp - chapter 1 reference solution: sigmoid and the neuron's forward.
#include "01_single_neuron/neuron.h"

#include <cmath>

//! [sigmoid]
double sigmoid(double z) {
  // For z = -1000, exp(1000) is +inf and 1 / (1 + inf) is exactly 0: the
  // formula saturates cleanly, it never produces NaN.
  return 1.0 / (1.0 + std::exp(-z));
}

Matrix sigmoid(const Matrix& z) {
  return map(z, [](double v) { return sigmoid(v); });
}
//! [sigmoid]

//! [forward]
double Neuron::forward(const Matrix& x) const {
  // x is (1,I), weights is (I,1) -> z is (1,1): one weighted sum.
  const double z = matmul(x, weights)(0, 0) + bias;
  return sigmoid(z);
}
//! [forward]
