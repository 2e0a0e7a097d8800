// Chapter 3: the loss. One number that says how wrong the random network is.
#include <cmath>
#include <iomanip>
#include <iostream>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "03_loss/loss.h"
#include "chapter3_figures.h"
#include "plumbing/command_line.h"
#include "plumbing/number_text.h"

int main(int argc, char** argv) try {
  Settings settings;    // the article's, unless --seed says otherwise
  double guess = 1e-6;  // the fourth prediction in the table of single losses
  CommandLine options("chapter_3", "the loss: binary cross-entropy");
  options.seed(settings).number(guess, kGuessRange,
                                "the fourth prediction in the table of single losses");
  if (options.parse(argc, argv) == Parsed::help_shown) return 0;
  std::cout << std::fixed << std::setprecision(4);
  std::cout << "Chapter 3: the loss (binary cross-entropy)\n\n";

  //! [loss of random network]
  const Matrix X = centre_people(people_raw());  // (N,I)
  const Matrix y = labels();                     // (N,O)
  const Network net = init_network(settings);
  const Matrix y_hat = forward(net, X).y_hat;  // (N,O)
  print(std::cout, "y (targets)", y, 0);
  print(std::cout, "y_hat (random network)", y_hat);
  const double loss = bce_loss(y_hat, y);
  const double coin_flip = -std::log(0.5);  // the loss if every y_hat were 0.5
  std::cout << "BCE loss of the random network: " << loss << "\n";
  std::cout << "A coin flip (every y_hat = 0.5) would score -log(0.5) = " << coin_flip << "\n\n";
  //! [loss of random network]

  //! [why epsilon]
  std::cout << "Why the epsilon: the loss of single predictions for a target of 1\n";
  for (const double p : {0.9, 0.5, 0.1, guess, 0.0}) {
    const Matrix one_target{{1.0}};
    const Matrix one_guess{{p}};
    std::cout << "  y_hat = " << std::setw(9) << number_text(p, 4) << "  loss = " << std::setw(8)
              << bce_loss(one_guess, one_target) << "\n";
  }
  std::cout << "Without the epsilon, y_hat = 0 would give -log(0) = " << -std::log(0.0) << "\n\n";
  //! [why epsilon]

  draw_loss_curves(
      options.figure_folder(),
      [](double p, double target) { return bce_loss(Matrix{{p}}, Matrix{{target}}); }, y, y_hat);

  std::cout << "What to notice: the random network scores "
            << (loss > coin_flip ? "worse" : "better")
            << " than a coin flip. A confident wrong guess\n"
               "costs far more than an unsure one, and the epsilon caps the cost of a certain\n"
               "wrong guess at -log(1e-8) = "
            << -std::log(kLogEpsilon) << " instead of infinity.\n";
  return finish_output("chapter_3");
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_3", error);
}
