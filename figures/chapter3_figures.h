// chapter3_figures.h - the figure of chapter 3 (the loss).
// Tests: the golden figure data and sums of chapter 3's runs (tests/golden/figures/,
//  tests/golden/sha256/).
#pragma once

#include <functional>
#include <string>

#include "matrix.h"

// FOLDER/ch3_bce.svg: loss(p, target), the loss of one prediction p for
// each label (chapter 3's, handed over by its main), as p sweeps (0, 1), with
// the random network's guesses y_hat (N,1) for targets y (N,1) marked on
// their curves.
void draw_loss_curves(const std::string& folder, const std::function<double(double, double)>& loss,
                      const Matrix& y, const Matrix& y_hat);
