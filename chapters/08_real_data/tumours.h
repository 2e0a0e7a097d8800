// tumours.h - chapter 8: 569 breast masses, and an honest way to divide them.
//
// data/breast_cancer.csv (data/README.md has its source and licence): a
// header line, then one row per mass, 30 measurements of its cell nuclei and
// the diagnosis, 0 = malignant, 1 = benign. load_tumours turns the diagnosis
// around, y = 1 for malignant, so that a "positive" is what a screening test
// is looking for.
// Tests: tests/test_chapter8.cpp.
#pragma once

#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "numpy_random.h"

// X (569,30) as measured, y (569,1): 1 = malignant, 0 = benign. A missing or
// broken file throws BadInput (CsvError) naming the file, line and column;
// so does one chapter 8 cannot train on (check_trainable).
DataSet load_tumours(const std::string& path);

// Throws CsvError naming `file` unless `data` has a feature column, at least
// kFewestOfAKind rows of each diagnosis, and in every column a spread that
// standardising can divide by (not 0, not too small or too large for a double).
constexpr int kFewestOfAKind = 10;
void check_trainable(const DataSet& data, const std::string& file);

//! [split]
// Which rows go where: one random order of all N rows (NumPy's
// np.random.permutation), then the first 60% train the network, the next
// 20% choose when to stop (validation), the last 20% are looked at once, at
// the very end (test). Sizes for N = 569: 341, 114 and 114.
struct Split {
  std::vector<int> train, validation, test;
};
Split split_rows(NumpyRandom& rng, int n);
//! [split]

// The rows `rows` of `data`, in that order: NumPy's data[rows].
DataSet take_rows(const DataSet& data, const std::vector<int>& rows);
