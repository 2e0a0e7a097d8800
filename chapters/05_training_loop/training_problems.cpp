// training_problems.cpp - what a training run's losses did: stopped being a
// number (an error, TrainingDiverged), stopped moving (a warning), and in
// words, what they did. Kept apart from training.cpp, the exercise file, so
// that a student's train() can throw TrainingDiverged too.
#include "05_training_loop/training_problems.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "05_training_loop/training.h"

namespace {

std::string divergence_message(int epoch, double loss, const Settings& settings) {
  std::ostringstream text;
  text << "training diverged: the loss became " << loss << " at epoch " << epoch
       << " because the weights overflowed; try a smaller learning rate (now "
       << settings.learning_rate << ") or initial scale (now " << settings.init_scale << ")";
  return text.str();
}

// How many epochs at the end of the run the loss has not moved over (the
// same to 6 digits over the last kStuckEpochs epochs, or over the whole run
// if it is shorter); 0 if it moved, or if the run is too short to tell.
std::size_t epochs_without_moving(const std::vector<double>& losses) {
  if (losses.size() < 2) return 0;
  const std::size_t window = std::min<std::size_t>(kStuckEpochs, losses.size() - 1);
  if (window < 10) return 0;  // too short to tell
  const double last = losses.back();
  const double before = losses[losses.size() - 1 - window];
  return std::fabs(last - before) > 1e-6 * std::fabs(before) ? 0 : window;
}

}  // namespace

TrainingDiverged::TrainingDiverged(int epoch, double loss, const Settings& settings)
    : std::runtime_error(divergence_message(epoch, loss, settings)) {}

std::string stuck_warning(const std::vector<double>& losses) {
  const std::size_t window = epochs_without_moving(losses);
  if (window == 0) return "";
  const double last = losses.back();
  std::ostringstream text;
  text << "the loss has not moved in the last " << window << " epochs (it stays at " << last
       << (last < 0 ? ", below 0 only by the epsilon inside the logarithms" : "") << "): "
       << (last < 1e-6 ? "the output sigmoid is saturated at exactly 0 and 1, where its "
                         "slope, and every gradient, is zero; its answers will be "
                         "all-or-nothing (a smaller learning rate avoids this)"
                       : "training is stuck, its gradients have vanished (saturated "
                         "sigmoids?); try another learning rate, initial scale or seed");
  return text.str();
}

bool warn_if_stuck(const TrainingHistory& history) {
  const std::string warning = stuck_warning(history.losses);
  if (warning.empty()) return false;
  std::cerr << "warning: " << warning << "\n";
  return true;
}

namespace {

// `text` with its spaces turned into line breaks where a line would pass
// `width` characters.
std::string wrapped(const std::string& text, std::size_t width) {
  std::string out;
  std::size_t line_start = 0, last_space = std::string::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == ' ') last_space = out.size() - 1;
    if (out.size() - line_start > width && last_space != std::string::npos) {
      out[last_space] = '\n';
      line_start = last_space + 1;
      last_space = std::string::npos;
    }
  }
  return out;
}

// What the loss did, in one sentence: stuck, never rose, or rose (where first).
void describe_losses(std::ostream& text, const std::vector<double>& losses) {
  int rises = 0, first_rise = 0;
  for (std::size_t e = 1; e < losses.size(); ++e) {
    if (losses[e] > losses[e - 1] && rises++ == 0) first_rise = static_cast<int>(e);
  }
  const std::size_t still = epochs_without_moving(losses);
  if (still > 0 && losses.back() >= 1e-6) {
    text << "the loss went from " << losses.front() << " to " << losses.back()
         << " and then stopped moving: it has not changed in the last " << still
         << " epochs, so training is stuck (chapter_5 warns about it on its error stream).";
  } else if (rises == 0) {
    text << "the loss never rose in the " << losses.size() << " epochs, and fell fastest at "
         << "first (" << losses.front() << " to " << losses[losses.size() / 10]
         << " in the first tenth of the run, " << losses.back() << " at the end).";
  } else {
    text << "the loss rose at " << rises << " of the " << losses.size() << " epochs, first at "
         << "epoch " << first_rise << " (" << losses[first_rise - 1] << " to " << losses[first_rise]
         << "): a step that long jumps past the valley's floor. It ended at " << losses.back()
         << ".";
  }
}

// What the predictions did: how many moved towards their targets (y, (N,1)),
// how many ended on the right side of one half.
void describe_predictions(std::ostream& text, const TrainingHistory& history, const Matrix& y) {
  const Matrix& first = history.predictions.front();
  const Matrix& last = history.predictions.back();
  int closer = 0, right = 0, halves = 0;
  for (int i = 0; i < y.rows(); ++i) {
    closer += std::fabs(last(i, 0) - y(i, 0)) < std::fabs(first(i, 0) - y(i, 0)) ? 1 : 0;
    right += (last(i, 0) > 0.5) == (y(i, 0) == 1.0) ? 1 : 0;
    halves += std::fabs(last(i, 0) - 0.5) < 5e-5 ? 1 : 0;  // prints as 0.5000
  }
  if (halves == y.rows()) {
    text << " Every prediction is 0.5000: the network answers one half for everyone, whatever "
         << "the input.";
  } else {
    text << " " << closer << " of the " << y.rows() << " predictions moved towards their "
         << "targets, and " << right << " of " << y.rows() << " end on the right side of 0.5.";
  }
}

}  // namespace

std::string what_the_losses_did(const TrainingHistory& history, const Matrix& y, bool article) {
  std::ostringstream text;
  text.precision(4);
  text << std::fixed << "What to notice: ";
  describe_losses(text, history.losses);
  describe_predictions(text, history, y);
  if (article) {
    text << " (The article prints 0.6931 falling to 0.0947 for these settings; the numbers "
         << "above are what its algorithm produces.)";
  }
  return wrapped(text.str(), 78);
}
