// chapter1_figures.h - the figure of chapter 1 (one neuron).
// Tests: the golden figure data and sums of chapter 1's runs (tests/golden/figures/,
//  tests/golden/sha256/).
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

// The curve of `sigmoid` (chapter 1's, handed over by its main), with each
// neuron's (z, output) marked on it: FOLDER/ch1_sigmoid.svg (nothing if
// folder is empty).
void draw_sigmoid(const std::string& folder, const std::function<double(double)>& sigmoid,
                  const std::vector<std::pair<double, double>>& marked);
