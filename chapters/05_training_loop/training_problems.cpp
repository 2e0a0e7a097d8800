// training_problems.cpp - what can go wrong in a training run: the loss
// stops being a number (an error, TrainingDiverged), or stops moving (a
// warning). Kept apart from training.cpp, the exercise file, so that a
// student's train() can throw TrainingDiverged too.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <sstream>

#include "05_training_loop/training.h"

namespace {

std::string divergence_message(int epoch, double loss, const Settings& settings) {
  std::ostringstream text;
  text << "training diverged: the loss became " << loss << " at epoch " << epoch
       << " because the weights overflowed; try a smaller learning rate (now "
       << settings.learning_rate << ") or initial scale (now " << settings.init_scale << ")";
  return text.str();
}

}  // namespace

TrainingDiverged::TrainingDiverged(int epoch, double loss, const Settings& settings)
    : std::runtime_error(divergence_message(epoch, loss, settings)) {}

bool warn_if_stuck(const TrainingHistory& history) {
  const std::vector<double>& losses = history.losses;
  const std::size_t window = std::min<std::size_t>(kStuckEpochs, losses.size() - 1);
  if (losses.size() < 2 || window < 10) return false;  // too short to tell
  const double last = losses.back();
  const double before = losses[losses.size() - 1 - window];
  if (std::fabs(last - before) > 1e-9 * std::fabs(before)) return false;
  std::cerr << "warning: the loss has not moved in the last " << window << " epochs (it stays at "
            << last << "): "
            << (last < 1e-6 ? "the output sigmoid is saturated at exactly 0 and 1, where its "
                              "slope, and every gradient, is zero; its answers will be "
                              "all-or-nothing (a smaller learning rate avoids this)"
                            : "training is stuck, its gradients have vanished (saturated "
                              "sigmoids?); try another learning rate, initial scale or seed")
            << "\n";
  return true;
}
