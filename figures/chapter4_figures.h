// chapter4_figures.h - the figures of chapter 4 (backpropagation).
// Tests: the golden figure data and sums of chapter 4's runs (tests/golden/figures/,
//  tests/golden/sha256/).
#pragma once

#include <functional>
#include <string>

#include "04_backprop/backprop.h"

// FOLDER/ch4_sigmoid_slope.svg: sigmoid'(z) = a (1 - a), a = sigmoid(z)
// (chapter 1's, handed over by the main), over a range of z, with the hidden
// units' actual (z1, slope) pairs marked; z1 and a1 are (N,H).
void draw_sigmoid_slope(const std::string& folder, const std::function<double(double)>& sigmoid,
                        const Matrix& z1, const Matrix& a1);

// FOLDER/ch4_gradient_check.svg: every gradient entry, backprop's value (x)
// against finite differences (y). On the diagonal means the two agree.
void draw_gradient_check(const std::string& folder, const Gradients& analytic,
                         const Gradients& numeric);
