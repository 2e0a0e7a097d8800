// training_diverged.cpp - the error a training run ends with when its loss
// stops being a number. Kept apart from training.cpp, the exercise file, so
// that a student's train() can throw it too.
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
