// prediction.h - chapter 6: asking the trained network about someone new.
// Tests: tests/test_chapter6.cpp and tests/exercises/test_chapter6_exercises.cpp.
#pragma once

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"

// A new person must be scaled exactly like the training data (with the same
// `scaling`), then run through the trained network:
// height (in), weight (lb) -> P(male) in (0, 1).
double predict_probability(const Network& net, const InputScaling& scaling, double height_in,
                           double weight_lb);
