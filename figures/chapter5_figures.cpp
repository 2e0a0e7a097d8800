// chapter5_figures.cpp - the loss and the predictions as training goes on.
#include "chapter5_figures.h"

#include <utility>

#include "figure.h"
#include "plumbing/number_text.h"

namespace {

// (epoch, loss) points for a plot; log scales cannot show epoch 0, so the
// x axis counts epochs from 1.
std::vector<std::pair<double, double>> loss_curve(const TrainingHistory& history) {
  std::vector<std::pair<double, double>> points;
  for (std::size_t e = 0; e < history.losses.size(); ++e) {
    points.emplace_back(e + 1.0, history.losses[e]);
  }
  if (points.empty()) points.emplace_back(1.0, 1.0);  // a run that diverged: nothing to show
  return points;
}

}  // namespace

void draw_loss(const std::string& folder, const TrainingHistory& history, double learning_rate) {
  Figure figure(folder, "ch5_loss");
  if (!figure) return;
  figure << "set xlabel 'epoch'\nset ylabel 'loss (log scale)'\nset logscale y\n"
         << "set key top right\n"
         << "plot '-' with lines lt 1 title 'training loss, learning rate "
         << number_text(learning_rate) << "'\n";
  figure.send(loss_curve(history));
}

void draw_predictions_while_training(const std::string& folder, const TrainingHistory& history,
                                     const Matrix& raw, const Matrix& y) {
  Figure figure(folder, "ch5_predictions");
  if (!figure) return;
  figure << "set xlabel 'epoch'\nset ylabel 'prediction ŷ'\nset logscale x\n"
         << "set yrange [-0.05:1.05]\nset key center right\nplot ";
  for (int i = 0; i < raw.rows(); ++i) {
    // A dash pattern of each person's own: two curves that run together
    // (the two men's do) stay tellable apart.
    figure << (i > 0 ? ", " : "") << "'-' with lines lt " << i + 1 << " dt " << i + 1 << " title '"
           << static_cast<int>(raw(i, 0)) << " in, " << static_cast<int>(raw(i, 1)) << " lb ("
           << (y(i, 0) == 1.0 ? "male" : "female") << ")'";
  }
  figure << "\n";
  for (int i = 0; i < raw.rows(); ++i) {
    std::vector<std::pair<double, double>> points;
    for (std::size_t e = 0; e < history.predictions.size(); ++e) {
      points.emplace_back(e + 1.0, history.predictions[e](i, 0));
    }
    figure.send(points);
  }
}

void draw_learning_rates(const std::string& folder, const std::vector<double>& rates,
                         const std::vector<TrainingHistory>& histories) {
  Figure figure(folder, "ch5_learning_rates");
  if (!figure) return;
  figure << "set xlabel 'epoch'\nset ylabel 'loss (log scale)'\nset logscale xy\n"
         << "set key bottom left\nplot ";
  for (std::size_t k = 0; k < rates.size(); ++k) {
    figure << (k > 0 ? ", " : "") << "'-' with lines lt " << static_cast<int>(k + 1)
           << " title 'learning rate " << number_text(rates[k]) << "'";
  }
  figure << "\n";
  for (const TrainingHistory& history : histories) figure.send(loss_curve(history));
}

void draw_one_step(const std::string& folder, const OneStep& step) {
  Figure figure(folder, "ch5_one_step");
  if (!figure) return;
  figure << "set xlabel 'learning rate (the length of the one step, log scale)'\n"
         << "set ylabel 'loss after one step'\nset logscale x\nset xrange [0.01:100]\n"
         << "set yrange [0:10]\nset key top left\n"
         << "plot '-' with lines lt 1 title 'what one step reaches', "
            "'-' with lines lt 8 title 'first-order promise: L - lr |g|^2'\n";
  figure.send(step.reached);
  figure.send(step.promised);
}
