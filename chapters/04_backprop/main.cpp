// Chapter 4: one forward pass, then one backward pass, every gradient shown,
// and every gradient checked against finite differences.
#include <iomanip>
#include <iostream>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "04_backprop/backprop.h"
#include "04_backprop/gradient_check.h"
#include "chapter4_figures.h"
#include "plumbing/command_line.h"

int main(int argc, char** argv) try {
  Settings settings;  // the article's, unless the options say otherwise
  double step = kFiniteDifferenceStep;
  CommandLine options("chapter_4", "backpropagation, checked by finite differences");
  options.seed(settings).scaling(settings).number(step, kStepRange, "the finite-difference step h");
  if (options.parse(argc, argv) == Parsed::help_shown) return 0;
  std::cout << "Chapter 4: backpropagation\n\n";

  const Matrix raw = people_raw();                                        // (N,I)
  const Matrix X = scale_inputs(raw, input_scaling(settings.scaling, raw));  // (N,I)
  const Matrix y = labels();                                              // (N,O)
  const Network net = init_network(settings);

  //! [one backward pass]
  const ForwardCache cache = forward(net, X);
  const Gradients grads = backward(net, X, y, cache);
  print(std::cout, "dz2 = y_hat - y", output_delta(cache.y_hat, y));
  print(std::cout, "dW2 (same shape as W2)", grads.dW2);
  print(std::cout, "db2 (same shape as b2)", grads.db2);
  print(std::cout, "dW1 (same shape as W1)", grads.dW1);
  print(std::cout, "db1 (same shape as b1)", grads.db1);
  //! [one backward pass]

  //! [sigmoid slope]
  const Matrix slope = hadamard(cache.a1, 1.0 - cache.a1);  // sigmoid'(z1), (N,H)
  print(std::cout, "\nsigmoid'(z1) = a1 * (1 - a1), never above 0.25", slope);
  //! [sigmoid slope]

  //! [gradient check]
  const Gradients numeric = numerical_gradients(net, X, y, step);
  std::cout << "\nGradient check: backprop against finite differences (step " << step << ")\n"
            << std::scientific << std::setprecision(1) << "  relative error  dW1 "
            << relative_error(grads.dW1, numeric.dW1) << "   db1 "
            << relative_error(grads.db1, numeric.db1) << "   dW2 "
            << relative_error(grads.dW2, numeric.dW2) << "   db2 "
            << relative_error(grads.db2, numeric.db2) << "\n";
  //! [gradient check]

  draw_sigmoid_slope(
      options.figure_folder(), [](double z) { return sigmoid(z); }, dense_forward(X, net.W1, net.b1),
      cache.a1);
  draw_gradient_check(options.figure_folder(), grads, numeric);

  std::cout << "\nWhat to notice: each gradient has its parameter's shape, so the update\n"
               "W -= lr * dW is well defined. The hidden gradients pass through sigmoid',\n"
               "at most 0.25, on their way back: that is why deep sigmoid stacks learn slowly.\n"
               "Relative errors near 1e-8 or below mean backprop and plain arithmetic agree.\n";
  return finish_output("chapter_4");
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_4", error);
}
