// eigen_trainer.h - the article's training loop as a C++ programmer would
// write it with Eigen (Debian's libeigen3-dev): whole-matrix expressions,
// Eigen's matrix products and its vectorised exp. build/bin/bench times it
// next to NumPy, chapter 5's readable loop and chapter 9's fast one.
#pragma once

#include "02_stacking_layers/network.h"
#include "settings.h"

// "3.4.0": the Eigen this was compiled with.
const char* eigen_version();

// Trains a copy of `start` on X (N,I) and y (N,1) with chapter 5's algorithm;
// returns the loss at the last epoch (before its update), as train() records it.
double train_eigen(const Network& start, const Matrix& X, const Matrix& y,
                   const Settings& settings);
