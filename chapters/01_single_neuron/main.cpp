// Chapter 1: one neuron.
//
// First a neuron with a single input, computed by hand; then the same idea
// with three inputs, where each input gets its own weight. Last, a picture
// of the sigmoid with both neurons marked on it.
#include <iomanip>
#include <iostream>

#include "01_single_neuron/neuron.h"
#include "chapter1_figures.h"
#include "plumbing/command_line.h"

int main(int argc, char** argv) try {
  double bias = 0.1;  // of the three-input neuron below
  CommandLine options("chapter_1", "one neuron");
  options.number(bias, kBiasRange, "bias of the three-input neuron");
  if (options.parse(argc, argv) == Parsed::help_shown) return 0;
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
  const Neuron neuron{Matrix{{0.4}, {-1.2}, {0.7}}, bias};  // weights (3,1), bias
  const Matrix inputs{{1.0, 2.0, -0.5}};                                  // one example (1,3)
  print(std::cout, "Three inputs: x", inputs);
  print(std::cout, "weights w", neuron.weights);
  const double weighted_sum = matmul(inputs, neuron.weights)(0, 0);  // (1,3) @ (3,1)
  const double z3 = weighted_sum + neuron.bias;
  const double output = neuron.forward(inputs);
  std::cout << "x @ w = " << weighted_sum << ", plus bias " << neuron.bias << ": z = " << z3
            << "\nneuron output sigmoid(z) = " << output << "\n\n";
  //! [three inputs]

  draw_sigmoid(options.figure_folder(), [](double x) { return sigmoid(x); },
               {{z, sigmoid(z)}, {z3, output}});

  std::cout << "What to notice: the weight -1.2 on the largest input pulls x @ w down to "
            << weighted_sum << ";\nwith the bias " << neuron.bias << " the neuron is "
            << std::setprecision(1) << 100 * output
            << "% 'on'.\nWeights decide which inputs excite and which inhibit.\n";
  return finish_output("chapter_1");
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_1", error);
}
