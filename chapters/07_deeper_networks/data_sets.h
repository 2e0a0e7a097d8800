// data_sets.h - chapter 7: the article's four people, and a problem that needs depth.
// Tests: tests/test_chapter7.cpp.
#pragma once

#include <string>

#include "02_stacking_layers/dataset.h"
#include "matrix.h"

//! [spirals]
// Two interleaved spirals, kSpiralPoints points each (N = 100, I = 2). Arm k
// (k = 0, 1) has label k; its point i = 1 ... n has radius r = i / n and angle
//   t = 2 pi r + k pi + 0.2 * noise
// (one full turn, the arms half a turn apart), at x = (r sin t, r cos t).
// The noise is NumPy's randn after np.random.seed(kSpiralsSeed), arm 0's
// points first: the same data for every --seed, and the same as NumPy's.
constexpr int kSpiralPoints = 50;
constexpr unsigned kSpiralsSeed = 0;
constexpr double kSpiralNoise = 0.2;  // radians
DataSet two_spirals();
//! [spirals]

// The article's four people, centred as in chapter 2 (N = 4, I = 2).
DataSet four_people();

// "spirals" or "people", the names the --data option takes; throws
// std::invalid_argument for any other word.
DataSet data_set_named(const std::string& name);
