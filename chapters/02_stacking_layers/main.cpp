// Chapter 2: stacking layers into a 2-4-1 network, and one forward pass.
//
// No training yet: the weights are random, so the predictions are too. The
// point of this chapter is the shapes.
#include <iostream>
#include <string>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "chapter2_figures.h"
#include "plumbing/command_line.h"

int main(int argc, char** argv) try {
  Settings settings;  // the article's, unless the options say otherwise
  CommandLine options("chapter_2", "stacking layers: the 2-4-1 network's forward pass");
  options.seed(settings).hidden(settings).scaling(settings);
  if (options.parse(argc, argv) == Parsed::help_shown) return 0;
  std::cout << "Chapter 2: stacking layers (" << kInputs << "-" << settings.hidden << "-"
            << kOutputs << " network, seed " << settings.seed << ")\n\n";

  //! [data]
  const Matrix raw = people_raw();                                           // (N,I) inches, pounds
  const Matrix X = scale_inputs(raw, input_scaling(settings.scaling, raw));  // (N,I)
  const Matrix y = labels();                                                 // (N,O) 1 = male
  print(std::cout, "people, raw", raw, 0);
  print(std::cout, std::string("X = people, scaled (") + scaling_name(settings.scaling) + ")", X,
        settings.scaling == Scaling::standardise ? 4 : 0);
  print(std::cout, "y", y, 0);
  //! [data]

  //! [init]
  const Network net = init_network(settings);  // randn * 0.3, zero biases
  print(std::cout, "\nW1", net.W1);
  print(std::cout, "b1", net.b1);
  print(std::cout, "W2", net.W2);
  print(std::cout, "b2", net.b2);
  //! [init]

  //! [forward]
  const Matrix z1 = dense_forward(X, net.W1, net.b1);  // (4,2) @ (2,4) + (1,4) -> (4,4)
  const ForwardCache cache = forward(net, X);
  std::cout << "\nz1 = X @ W1 + b1: " << X.shape() << " @ " << net.W1.shape() << " + "
            << net.b1.shape() << " -> " << z1.shape() << "\n";
  print(std::cout, "a1 = sigmoid(z1)", cache.a1);
  std::cout << "z2 = a1 @ W2 + b2: " << cache.a1.shape() << " @ " << net.W2.shape() << " + "
            << net.b2.shape() << " -> " << cache.y_hat.shape() << "\n";
  print(std::cout, "y_hat = sigmoid(z2), the random network's guesses", cache.y_hat, 3);
  //! [forward]

  write_network_graph(options.figure_folder(), net);
  draw_predictions(options.figure_folder(), raw, y, cache.y_hat);

  int saturated = 0;  // hidden activations pinned near 0 or 1
  for (double a : cache.a1.values()) saturated += (a < 0.01 || a > 0.99) ? 1 : 0;
  double largest = 0;  // the largest input, in absolute value
  for (double x : X.values()) largest = std::fmax(largest, std::fabs(x));
  std::cout << "\nWhat to notice: the guesses hover around 0.5 whatever the target; small random\n"
               "weights give the network no opinion yet. ";
  if (saturated == 0) {
    std::cout << "None of the " << cache.a1.size()
              << " hidden\nactivations is below 0.01 or above 0.99: with inputs no larger than "
              << std::setprecision(3) << largest << ",\nevery sigmoid starts on its slope.\n";
  } else {
    std::cout << "Yet " << saturated << " of the " << cache.a1.size()
              << " hidden activations are already\nbelow 0.01 or above 0.99: inputs as large as "
              << largest << " push a sigmoid to its flat ends.\n";
  }
  return finish_output("chapter_2");
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_2", error);
}
