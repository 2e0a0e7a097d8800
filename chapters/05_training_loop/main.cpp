// Chapter 5: the training loop. Chapters 2, 3 and 4 put together and repeated.
#include <iomanip>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "03_loss/loss.h"
#include "05_training_loop/network_file.h"
#include "05_training_loop/training.h"
#include "chapter_run.h"
#include "figure.h"
#include "settings_options.h"

namespace {

// (epoch, loss) points for a plot; log scales cannot show epoch 0, so the
// x axis counts epochs from 1.
std::vector<std::pair<double, double>> loss_curve(const TrainingHistory& history) {
  std::vector<std::pair<double, double>> points;
  for (std::size_t e = 0; e < history.losses.size(); ++e) {
    points.emplace_back(e + 1.0, history.losses[e]);
  }
  return points;
}

void draw_loss(const ChapterRun& run, const TrainingHistory& history, double learning_rate) {
  auto gp = start_figure(run, "ch5_loss");
  if (!gp) return;
  *gp << "set xlabel 'epoch'\nset ylabel 'loss (log scale)'\nset logscale y\n"
      << "set key top right\n"
      << "plot '-' with lines lt 1 title 'training loss, learning rate "
      << number_text(learning_rate) << "'\n";
  gp->send1d(loss_curve(history));
}

void draw_predictions(const ChapterRun& run, const TrainingHistory& history, const Matrix& raw,
                      const Matrix& y) {
  auto gp = start_figure(run, "ch5_predictions");
  if (!gp) return;
  *gp << "set xlabel 'epoch'\nset ylabel 'prediction ŷ'\nset logscale x\n"
      << "set yrange [-0.05:1.05]\nset key center right\nplot ";
  for (int i = 0; i < raw.rows(); ++i) {
    *gp << (i > 0 ? ", " : "") << "'-' with lines lt " << i + 1 << " title '"
        << static_cast<int>(raw(i, 0)) << " in, " << static_cast<int>(raw(i, 1)) << " lb ("
        << (y(i, 0) == 1.0 ? "male" : "female") << ")'";
  }
  *gp << "\n";
  for (int i = 0; i < raw.rows(); ++i) {
    std::vector<std::pair<double, double>> points;
    for (std::size_t e = 0; e < history.predictions.size(); ++e) {
      points.emplace_back(e + 1.0, history.predictions[e](i, 0));
    }
    gp->send1d(points);
  }
}

// Same start, same data, four learning rates.
void draw_learning_rates(const ChapterRun& run, const Settings& settings, const Matrix& X,
                         const Matrix& y) {
  auto gp = start_figure(run, "ch5_learning_rates");
  if (!gp) return;
  const std::vector<double> rates = {0.01, 0.15, 1.0, 5.0};
  *gp << "set xlabel 'epoch'\nset ylabel 'loss (log scale)'\nset logscale xy\n"
      << "set key bottom left\nplot ";
  for (std::size_t k = 0; k < rates.size(); ++k) {
    *gp << (k > 0 ? ", " : "") << "'-' with lines lt " << k + 1 << " title 'learning rate "
        << number_text(rates[k]) << "'";
  }
  *gp << "\n";
  for (const double rate : rates) {
    Settings variant = settings;
    variant.learning_rate = rate;
    Network net = init_network(variant);
    try {
      gp->send1d(loss_curve(train(net, X, y, variant)));
    } catch (const TrainingDiverged&) {  // a curve that blew up: leave it empty
      gp->send1d(std::vector<std::pair<double, double>>{{1.0, 1.0}});
    }
  }
}

}  // namespace

int main(int argc, char** argv) try {
  Settings settings;                              // the article's, unless the options say otherwise
  std::string weights_path = NN_DEFAULT_WEIGHTS;  // where the trained network is saved
  boost::program_options::options_description options = training_options(settings);
  options.add(weights_option(weights_path));
  ChapterRun run(argc, argv, "chapter_5", "the training loop", options);
  std::cout << "Chapter 5: the training loop (learning rate " << settings.learning_rate << ", "
            << settings.epochs << " epochs, seed " << settings.seed << ")\n\n";
  std::cout << std::fixed << std::setprecision(4);

  //! [train]
  const Matrix X = centre_people(people_raw());  // (N,I)
  const Matrix y = labels();                     // (N,O)
  Network net = init_network(settings);
  const TrainingHistory history = train(net, X, y, settings);
  //! [train]

  //! [print losses]
  for (int epoch = 0; epoch < settings.epochs; epoch += settings.print_every) {
    std::cout << "epoch " << std::setw(4) << epoch << "   loss " << history.losses[epoch] << "\n";
  }
  const Matrix y_hat = forward(net, X).y_hat;  // (N,O) after training
  std::cout << "after all " << settings.epochs << " epochs: loss " << bce_loss(y, y_hat) << "\n\n";
  //! [print losses]

  //! [predictions]
  const Matrix raw = people_raw();
  std::cout << "person  height   weight  target  prediction\n";
  for (int i = 0; i < X.rows(); ++i) {
    std::cout << std::setw(6) << i + 1 << std::setprecision(0) << std::setw(5) << raw(i, 0) << " in"
              << std::setw(6) << raw(i, 1) << " lb" << std::setw(8) << y(i, 0)
              << std::setprecision(4) << std::setw(12) << y_hat(i, 0) << "\n";
  }
  //! [predictions]

  //! [save]
  save_network(weights_path, net,
               "A " + std::to_string(kInputs) + "-" + std::to_string(settings.hidden) + "-" +
                   std::to_string(kOutputs) + " network trained by chapter_5 (seed " +
                   std::to_string(settings.seed) + ", learning rate " +
                   number_text(settings.learning_rate) + ", " + std::to_string(settings.epochs) +
                   " epochs)");
  std::cout << "\nsaved the trained network to " << weights_path << " (chapter 6 reads it)\n";
  //! [save]

  draw_loss(run, history, settings.learning_rate);
  draw_predictions(run, history, raw, y);
  draw_learning_rates(run, settings, X, y);

  const Settings article;
  const bool article_settings =
      settings.seed == article.seed && settings.hidden == article.hidden &&
      settings.learning_rate == article.learning_rate &&
      settings.init_scale == article.init_scale && settings.epochs == article.epochs;
  std::cout << "\nWhat to notice: the loss falls fastest at first, then ever more slowly, and\n"
               "the predictions move towards their targets.";
  if (article_settings) {
    std::cout << " (The article prints 0.6931 falling to\n0.0947 for these settings; the "
                 "numbers above are what its algorithm produces.)";
  }
  std::cout << "\n";
  return 0;
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_5", error);
}
