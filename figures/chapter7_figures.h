// chapter7_figures.h - the figures of chapter 7 (deeper networks).
// Tests: the golden figure data and sums of chapter 7's runs (tests/golden/figures/,
//  tests/golden/sha256/).
#pragma once

#include <functional>
#include <string>

#include "07_deeper_networks/data_sets.h"
#include "07_deeper_networks/deep_network.h"
#include "07_deeper_networks/experiments.h"

// FOLDER/ch7_gradient_norms_INIT.svg: |dW| per layer at the first step, one
// line per activation, log scale; `init` is how the weights were started.
void draw_gradient_norms(const std::string& folder, const LayerNorms& norms, Init init);

// FOLDER/ch7_losses_by_depth.svg: the loss during training at each depth,
// sigmoid in one panel and ReLU in the other.
void draw_losses_by_depth(const std::string& folder, const DepthComparison& comparison);

// FOLDER/ch7_decision_regions_ACTIVATION.svg: what the trained network
// answers over the plane of the two inputs, with the training points on top.
// p_label1 takes points (N,2) to the network's P(label 1) for each, (N,1)
// (chapter 7's deep_forward, handed over by its main).
void draw_decision_regions(const std::string& folder, Activation activation,
                           const std::function<Matrix(const Matrix&)>& p_label1,
                           const DataSet& data);
