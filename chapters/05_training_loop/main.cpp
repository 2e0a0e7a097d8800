// Chapter 5: the training loop. Chapters 2, 3 and 4 put together and repeated.
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "03_loss/loss.h"
#include "05_training_loop/network_file.h"
#include "05_training_loop/one_step.h"
#include "05_training_loop/training.h"
#include "chapter5_figures.h"
#include "plumbing/command_line.h"
#include "plumbing/number_text.h"

int main(int argc, char** argv) try {
  Settings settings;  // the article's, unless the options say otherwise
  std::string weights = NN_DEFAULT_WEIGHTS;
  CommandLine options("chapter_5", "the training loop");
  options.seed(settings).training(settings).hidden(settings).scaling(settings).weights(weights);
  if (options.parse(argc, argv) == Parsed::help_shown) return 0;
  check_can_save_to(weights);  // before training, not after
  std::cout << "Chapter 5: the training loop (learning rate " << settings.learning_rate << ", "
            << settings.epochs << " epochs, seed " << settings.seed << ", scaling "
            << scaling_name(settings.scaling) << ")\n\n"
            << std::fixed << std::setprecision(4);

  //! [train]
  const Matrix raw = people_raw();  // (N,I): inches and pounds
  const InputScaling scaling = input_scaling(settings.scaling, raw);
  const Matrix X = scale_inputs(raw, scaling);  // (N,I)
  const Matrix y = labels();                    // (N,O)
  Network net = init_network(settings);
  const TrainingHistory history = train(net, X, y, settings);
  warn_if_stuck(history);  // on stderr, once: a loss that stopped moving is worth knowing
  //! [train]

  //! [print losses]
  for (int epoch = 0; epoch < settings.epochs; epoch += settings.print_every) {
    std::cout << "epoch " << std::setw(4) << epoch << "   loss " << history.losses[epoch] << "\n";
  }
  const Matrix y_hat = forward(net, X).y_hat;  // (N,O) after training
  std::cout << "after all " << settings.epochs << " epochs: loss " << bce_loss(y_hat, y) << "\n\n";
  //! [print losses]

  std::cout << "person  height   weight  target  prediction\n";
  for (int i = 0; i < X.rows(); ++i) {
    std::cout << std::setw(6) << i + 1 << std::setw(5) << fixed_text(raw(i, 0), 0) << " in"
              << std::setw(6) << fixed_text(raw(i, 1), 0) << " lb" << std::setw(8)
              << fixed_text(y(i, 0), 0) << std::setw(12) << y_hat(i, 0) << "\n";
  }

  //! [save]
  save_network(weights, net, scaling, settings);
  std::cout << "\nsaved the trained network to " << weights << " (chapter 6 reads it)\n";
  //! [save]

  const std::vector<double> rates = {0.01, 0.15, 1.0, 5.0};
  std::vector<TrainingHistory> runs(rates.size());  // stays empty if that run diverges
  std::cout << "\nThe same training with other learning rates, loss after " << settings.epochs
            << " epochs:\n";
  for (std::size_t k = 0; k < rates.size(); ++k) {
    Settings variant = settings;
    variant.learning_rate = rates[k];
    Network variant_net = init_network(variant);
    std::cout << "  learning rate " << std::setw(4) << number_text(rates[k], 4);
    try {
      runs[k] = train(variant_net, X, y, variant);
      std::cout << "   loss " << bce_loss(forward(variant_net, X).y_hat, y) << "\n";
    } catch (const TrainingDiverged& diverged) {
      std::cout << "   " << diverged.what() << "\n";
    }
  }

  draw_one_step(options.figure_folder(), one_step_at_every_rate(init_network(settings), X, y));
  draw_loss(options.figure_folder(), history, settings.learning_rate);
  draw_predictions_while_training(options.figure_folder(), history, raw, y);
  draw_learning_rates(options.figure_folder(), rates, runs);
  std::cout << "\n" << what_the_losses_did(history, y, is_article(settings)) << "\n";
  return finish_output("chapter_5");
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_5", error);
}
