// chapter2_figures.h - the figures of chapter 2 (stacking layers).
// Tests: the golden figure data and sums of chapter 2's runs (tests/golden/figures/,
//  tests/golden/sha256/).
#pragma once

#include <string>

#include "02_stacking_layers/network.h"

// The network as a Graphviz graph, FOLDER/ch2_network.dot (the book renders
// it with \dotfile): one node per neuron, one edge per weight.
void write_network_graph(const std::string& folder, const Network& net);

// Bars, FOLDER/ch2_random_predictions.svg: each person's target y (N,1)
// next to the untrained network's guess y_hat (N,1); raw is (N,2).
void draw_predictions(const std::string& folder, const Matrix& raw, const Matrix& y,
                      const Matrix& y_hat);
