// Chapter 1: one neuron.
//
// First a neuron with a single input, computed by hand; then the same idea
// with three inputs, where each input gets its own weight. Last, a picture
// of the sigmoid with both neurons marked on it.
#include <iomanip>
#include <iostream>
#include <utility>
#include <vector>

#include "01_single_neuron/neuron.h"
#include "chapter_run.h"
#include "figure.h"

namespace {

// The sigmoid curve, with each neuron's (z, output) marked on it.
void draw_sigmoid(const ChapterRun& run, const std::vector<std::pair<double, double>>& marked) {
  auto gp = start_figure(run, "ch1_sigmoid");
  if (!gp) return;
  std::vector<std::pair<double, double>> curve;
  for (double z = -8.0; z <= 8.0001; z += 0.05) curve.emplace_back(z, sigmoid(z));
  *gp << "set xlabel 'z = w·x + b'\nset ylabel 'sigmoid(z)'\n"
      << "set yrange [-0.05:1.05]\nset ytics 0,0.25,1\nset key top left\n";
  for (const auto& [z, out] : marked) {
    *gp << "set label sprintf('z = %.2f → %.3f', " << z << ", " << out << ") at " << z << "," << out
        << " offset 1,-0.6\n";
  }
  *gp << "plot '-' with lines lt 1 title 'sigmoid(z) = 1 / (1 + e^{-z})', "
         "'-' with points lt 7 title 'the two neurons of this chapter'\n";
  gp->send1d(curve);
  gp->send1d(marked);
}

}  // namespace

int main(int argc, char** argv) try {
  ChapterRun run(argc, argv, "chapter_1", "one neuron");
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
  const double weighted_sum = matmul(inputs, neuron.weights)(0, 0);  // (1,3) @ (3,1)
  const double z3 = weighted_sum + neuron.bias;
  const double output = neuron.forward(inputs);
  std::cout << "x @ w = " << weighted_sum << ", plus bias " << neuron.bias << ": z = " << z3
            << "\nneuron output sigmoid(z) = " << output << "\n\n";
  //! [three inputs]

  draw_sigmoid(run, {{z, sigmoid(z)}, {z3, output}});

  std::cout << "What to notice: the weight -1.2 on the largest input drags z down to " << z3
            << ",\nso the neuron is only " << std::setprecision(1) << 100 * output
            << "% 'on'. Weights decide which inputs excite and which inhibit.\n";
  return 0;
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_1", error);
}
