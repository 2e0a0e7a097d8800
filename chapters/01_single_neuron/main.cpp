// Chapter 1: one neuron.
//
// First a neuron with a single input, computed by hand; then the same idea
// with three inputs, where each input gets its own weight.
#include <iomanip>
#include <iostream>

#include "01_single_neuron/neuron.h"

int main() {
  std::cout << std::fixed << std::setprecision(4);
  std::cout << "Chapter 1: one neuron\n\n";

  //! [one input]
  const double x = 0.8;   // the input
  const double w = 1.5;   // its weight
  const double b = -0.9;  // the bias
  const double z = w * x + b;
  std::cout << "One input:   z = w*x + b = " << w << " * " << x << " + (" << b << ") = " << z
            << "\n             sigmoid(z) = " << sigmoid(z) << "\n\n";
  //! [one input]

  //! [three inputs]
  const Neuron neuron{Matrix{{0.4}, {-1.2}, {0.7}}, 0.1};  // weights (3,1), bias
  const Matrix inputs{{1.0, 2.0, -0.5}};                   // one example (1,3)
  print(std::cout, "Three inputs: x", inputs);
  print(std::cout, "weights w", neuron.weights);
  const double z3 = matmul(inputs, neuron.weights)(0, 0) + neuron.bias;
  const double output = neuron.forward(inputs);
  std::cout << "z = x @ w + b = " << z3 << "\nneuron output sigmoid(z) = " << output << "\n\n";
  //! [three inputs]

  std::cout << "What to notice: the weight -1.2 on the largest input drags z down to " << z3
            << ",\nso the neuron is only " << std::setprecision(1) << 100 * output
            << "% 'on'. Weights decide which inputs excite and which inhibit.\n";
  return 0;
}
