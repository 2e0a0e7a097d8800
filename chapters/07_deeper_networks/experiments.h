// experiments.h - chapter 7: the comparisons the chapter prints (and draws).
// Tests: tests/test_chapter7.cpp; what it prints, also the golden transcripts (tests/golden/).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "07_deeper_networks/data_sets.h"
#include "07_deeper_networks/deep_network.h"
#include "07_deeper_networks/deep_training.h"
#include "settings.h"

// norms[k][l]: |dW| of layer l at the first step, for kActivations[k].
using LayerNorms = std::vector<std::vector<double>>;

// A table: one row per layer, one column per activation.
void print_gradient_norms(std::ostream& out, const LayerNorms& norms);

// The losses every `every` epochs, then the final loss and accuracy of the
// trained `net` (and, for ReLU, how many units are dead at the end and how
// many dead units came back during training, from `revivals`).
void print_training(std::ostream& out, const DeepNetwork& net, const DataSet& data,
                    const std::vector<double>& losses, int every, const Revivals& revivals);

// The same training run at depths 1, 2, 4 and 8, for sigmoid started the
// article's way and for ReLU started He's way; everything else as given.
struct DepthComparison {
  std::vector<int> depths;             // 1, 2, 4, 8
  std::vector<DeepSettings> networks;  // sigmoid + article, relu + he (depth unset)
  std::vector<std::vector<std::vector<double>>> losses;  // [network][depth][epoch]
};
DepthComparison compare_depths(const DeepSettings& deep, const DataSet& data,
                               const Settings& settings);

// A table of the final losses: one row per depth, one column per network.
void print_depth_comparison(std::ostream& out, const DepthComparison& comparison);

// "What to notice: ..." for these norms, wrapped for the terminal.
std::string what_the_norms_show(const LayerNorms& norms);
