// settings.h - every knob of the experiment in one place.
//
// The defaults reproduce the article: change one here (or, in a chapter's
// main, on a copy) and every chapter that trains sees the same change.
// Tests: the parity tests (tests/test_chapter2.cpp to test_chapter8.cpp), which run these defaults
//  against NumPy.
#pragma once

#include <cstdint>

#include "names.h"

// How the raw inches and pounds become the network's inputs (dataset.h):
// as they are, centred on a typical person (the article's), or standardised.
enum class Scaling { none, centre, standardise };

// "none", "centre" or "standardise": the names the --scaling option takes.
inline constexpr Names<Scaling, 3> kScalingNames{
    {{Scaling::none, "none"}, {Scaling::centre, "centre"}, {Scaling::standardise, "standardise"}}};
inline const char* scaling_name(Scaling kind) { return name_of(kScalingNames, kind); }

//! [settings]
struct Settings {
  std::uint32_t seed = 42;      // np.random.seed(42): picks the starting weights
  int hidden = 4;               // H: neurons in the hidden layer
  double init_scale = 0.3;      // weights start as randn * 0.3 (small, so training starts gently)
  double learning_rate = 0.15;  // how far each update step moves the weights
  int epochs = 4000;            // passes over the four people
  int print_every = 400;        // log the loss every this many epochs
  Scaling scaling = Scaling::centre;  // inputs = raw - (67 in, 140 lb), as in the article
};
//! [settings]

// True when every setting that changes the numbers is the article's.
inline bool is_article(const Settings& s) {
  const Settings article;
  return s.seed == article.seed && s.hidden == article.hidden &&
         s.learning_rate == article.learning_rate && s.init_scale == article.init_scale &&
         s.epochs == article.epochs && s.scaling == article.scaling;
}

// The person chapter 6 asks the trained network about: the article's, unless
// --height and --weight say otherwise.
struct NewPerson {
  double height = 68.0;   // inches
  double weight = 145.0;  // pounds
};
