// chapter5_figures.h - the figures of chapter 5 (the training loop).
// Tests: the golden figure data and sums of chapter 5's runs (tests/golden/figures/,
//  tests/golden/sha256/).
#pragma once

#include <string>
#include <vector>

#include "05_training_loop/one_step.h"
#include "05_training_loop/training.h"

// FOLDER/ch5_loss.svg: the loss of every epoch, on a log scale.
void draw_loss(const std::string& folder, const TrainingHistory& history, double learning_rate);

// FOLDER/ch5_predictions.svg: each person's prediction, epoch by epoch;
// raw (N,2) names the people, y (N,1) says who is who.
void draw_predictions_while_training(const std::string& folder, const TrainingHistory& history,
                                     const Matrix& raw, const Matrix& y);

// FOLDER/ch5_one_step.svg: one gradient step for learning rates from 0.01
// to 100 (chapter 5's one_step_at_every_rate): the loss it reaches, beside
// the first-order promise L - lr * |g|^2.
void draw_one_step(const std::string& folder, const OneStep& step);

// FOLDER/ch5_learning_rates.svg: one loss curve per learning rate (an empty
// history for a run that diverged).
void draw_learning_rates(const std::string& folder, const std::vector<double>& rates,
                         const std::vector<TrainingHistory>& histories);
