// experiment.h - chapter 8: the whole experiment, from the data to the test.
// Tests: tests/test_chapter8.cpp.
#pragma once

#include <utility>
#include <vector>

#include "02_stacking_layers/network.h"
#include "08_real_data/real_data.h"
#include "08_real_data/tumours.h"

// Everything one run produces.
struct Outcome {
  Split split;                                 // which rows went where
  ScaledSplit parts;                           // the three parts, standardised
  Network net;                                 // the trained network
  MinibatchHistory history;                    // its losses, epoch by epoch
  Matrix y_hat;                                // (test rows, 1): its answers on the test rows
  Confusion counts;                            // those answers, counted at 0.5
  std::vector<std::pair<double, double>> roc;  // and at every other threshold
};

// Splits `tumours` with settings.seed, standardises, trains and tests. One
// random stream, in this order: the split, the first weights (W1, then W2),
// then every epoch's order of the training rows, as tests/numpy_real_reference.py.
Outcome run_experiment(const DataSet& tumours, const Settings& settings,
                       const MinibatchSettings& mb);
