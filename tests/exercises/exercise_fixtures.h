// exercise_fixtures.h - what the exercise tests of several chapters share
// (tests/exercises/test_chapterN_exercises.cpp): the NumPy reference run, the
// article's network at its start and trained, and forward passes written out
// here so that a test of a later exercise does not depend on the student's
// earlier ones.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "exercise_check.h"
#include "reference_file.h"

inline const ReferenceFile& numpy() {
  static const ReferenceFile file(NN_COMMITTED_REFERENCE);
  return file;
}

// The losses of the article's run at the epochs NumPy logged (epochs as
// chapter_5 prints them, from 0), stopping at the first that differs.
inline void check_logged_losses(const std::vector<double>& losses) {
  const Matrix& logged = numpy()["losses"];  // (epoch, loss) rows
  for (int r = 0; r < logged.rows(); ++r) {
    const int epoch = static_cast<int>(logged(r, 0));
    if (!check_close(
            "loss at epoch " + std::to_string(epoch) + " (the first logged one that differs)",
            losses[epoch], logged(r, 1), kParityTolerance)) {
      return;
    }
  }
}

// The logistic function written out here, so that tests of later exercises
// do not depend on the student's sigmoid.
inline double logistic(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// The article's network at its start, straight from the NumPy reference.
inline Network numpy_start() {
  return Network{numpy()["W1_init"], Matrix(1, 4), numpy()["W2_init"], Matrix(1, 1)};
}

// The trained network, straight from the NumPy reference.
inline Network numpy_trained() {
  return Network{numpy()["W1_final"], numpy()["b1_final"], numpy()["W2_final"],
                 numpy()["b2_final"]};
}

// What forward() should keep, computed here without the student's code.
inline ForwardCache forward_by_hand(const Network& net, const Matrix& X) {
  const Matrix a1 = map(add_to_each_row(matmul(X, net.W1), net.b1), logistic);
  return ForwardCache{a1, map(add_to_each_row(matmul(a1, net.W2), net.b2), logistic)};
}

inline const Matrix X = centre_people(people_raw());  // (4,2)
inline const Matrix y = labels();                     // (4,1)

// Five examples of two inputs, and their labels (chapters 7 and 9).
inline const Matrix X5{{0.5, -1}, {2, 0.25}, {-1.5, -0.5}, {0, 1}, {1, 1}};  // (5,2)
inline const Matrix y5{{1}, {0}, {0}, {1}, {1}};                             // (5,1)
