// chapter8_figures.h - the figures of chapter 8 (a real data set).
// Tests: the golden figure data and sums of chapter 8's runs (tests/golden/figures/,
//  tests/golden/sha256/).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "08_real_data/real_data.h"

// FOLDER/ch8_losses_H_hidden.svg: training and validation loss after every
// epoch, the best epoch marked, for a network of H hidden units.
void draw_losses(const std::string& folder, const MinibatchHistory& history, int hidden);

// FOLDER/ch8_confusion_H_hidden.svg: the four counts as a 2 x 2 grid.
void draw_confusion(const std::string& folder, const Confusion& counts, int hidden);

// FOLDER/ch8_roc_H_hidden.svg: the ROC curve, one point per threshold, its
// area in the key (4 decimals, as printed), and the point of the threshold
// one half marked: (false positive rate, recall) of the confusion matrix
// chapter_8 prints (NaN, 0/0, when the test rows hold only one kind: no point).
void draw_roc(const std::string& folder, const std::vector<std::pair<double, double>>& curve,
              double auc, std::pair<double, double> at_half, int hidden);
