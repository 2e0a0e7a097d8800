// training_problems.h - chapter 5: what a training run's losses did, in
// words: stopped being a number (an error, TrainingDiverged), stopped moving
// (a warning), or fell, rose and by how much (the "What to notice" lines).
// Apart from training.h because training.cpp is the exercise file: a
// student's train() throws TrainingDiverged too. Code: training_problems.cpp.
// Tests: tests/test_chapter5.cpp; what it prints, also the golden transcripts (tests/golden/).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "matrix.h"
#include "settings.h"

struct TrainingHistory;  // training.h

// Thrown when the loss stops being a number (NaN or infinite): the weights
// have overflowed. The message names the epoch and what to make smaller.
class TrainingDiverged : public std::runtime_error {
 public:
  TrainingDiverged(int epoch, double loss, const Settings& settings);
};

// If the loss has stopped moving (the same to 6 digits over the last
// kStuckEpochs epochs, or over the whole run if it is shorter), says so once
// on stderr and returns true. A warning, not an error: the network may be
// fine (a loss already at its floor), or stuck (sigmoids saturated).
// stuck_warning() is that warning's text ("" if the loss moved), for
// callers that show it elsewhere (the playground).
constexpr int kStuckEpochs = 1000;
bool warn_if_stuck(const TrainingHistory& history);
std::string stuck_warning(const std::vector<double>& losses);

// "What to notice: " and what a run did, wrapped for the terminal: its loss
// stopped moving (stuck), never rose, or rose at some epochs (overshoot),
// from what to what; then how many predictions moved towards their targets
// y (N,1) and ended on the right side of 0.5. With `article`, also how the
// article's printed numbers compare.
std::string what_the_losses_did(const TrainingHistory& history, const Matrix& y, bool article);
