// dataset.h - chapter 2: the four people the network learns from.
//
// Each person is a row (height in inches, weight in pounds); the label is
// 1 for male and 0 for female. The raw numbers are centred by subtracting
// a typical person (67 in, 140 lb) so that every input is a small number
// around zero: fed 140, the first layer's gradients come out about a hundred
// times larger, and the article's learning rate throws its units far out on
// the sigmoid's flat tails (chapter 5 shows it, and a rate that still trains).
// Tests: tests/test_chapter2.cpp.
#pragma once

#include <optional>

#include "matrix.h"
#include "settings.h"

constexpr int kInputs = 2;   // I: height and weight
constexpr int kOutputs = 1;  // O: the probability of "male"

// Inputs and labels, one example per row (chapters 7 and 8 use larger sets).
struct DataSet {
  Matrix X;  // (N,I)
  Matrix y;  // (N,O): 0 or 1
};

// The article's four people, raw: (4,2) = (N,I).
Matrix people_raw();

// Their labels, 0 = female, 1 = male: (4,1) = (N,O).
Matrix labels();

// The typical person subtracted from every input: (1,I) = (67, 140).
Matrix centre();

// Raw people (N,I) -> centred people (N,I): centre() taken from every row.
Matrix centre_people(const Matrix& raw);

// How raw rows become inputs, feature by feature: x = (raw - shift) / divide,
// with shift and divide both (1,I). Kept with a trained network: a new person
// must be scaled with the very numbers the training people were.
struct InputScaling {
  Matrix shift;   // (1,I)
  Matrix divide;  // (1,I)
};

// The scaling `kind` computes from the training people `raw` (N,I):
//   none         shift 0, divide 1: inches and pounds as they are
//   centre       shift (67, 140), divide 1: the article's
//   standardise  shift = each feature's mean, divide = its standard
//                deviation (population: divided by N, NumPy's ddof=0)
InputScaling input_scaling(Scaling kind, const Matrix& raw);

// True when a and b scale every input by the very same numbers.
bool same_scaling(const InputScaling& a, const InputScaling& b);

// Which of the three scalings made from `raw` this one is (a saved network
// keeps the numbers, not the word); nothing when it is none of them.
std::optional<Scaling> scaling_kind(const InputScaling& scaling, const Matrix& raw);

// Raw rows (N,I) -> inputs (N,I): (raw - shift) / divide, entry by entry.
Matrix scale_inputs(const Matrix& raw, const InputScaling& scaling);
