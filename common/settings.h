// settings.h - every knob of the experiment in one place.
//
// The defaults reproduce the article: change one here (or, in a chapter's
// main, on a copy) and every chapter that trains sees the same change.
#pragma once

#include <cstdint>

//! [settings]
struct Settings {
  std::uint32_t seed = 42;      // np.random.seed(42): picks the starting weights
  int hidden = 4;               // H: neurons in the hidden layer
  double init_scale = 0.3;      // weights start as randn * 0.3 (small: a calm start)
  double learning_rate = 0.15;  // how far each update step moves the weights
  int epochs = 4000;            // passes over the four people
  int print_every = 400;        // log the loss every this many epochs
};
//! [settings]
