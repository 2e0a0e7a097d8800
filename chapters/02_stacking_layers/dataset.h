// dataset.h - chapter 2: the four people the network learns from.
//
// Each person is a row (height in inches, weight in pounds); the label is
// 1 for male and 0 for female. The raw numbers are centred by subtracting
// a typical person (67 in, 140 lb) so that every input is a small number
// around zero: a sigmoid fed 140 would be stuck at 1 and learn nothing.
#pragma once

#include "matrix.h"

constexpr int kInputs = 2;   // I: height and weight
constexpr int kOutputs = 1;  // O: the probability of "male"

// The article's four people, raw: (4,2) = (N,I).
Matrix people_raw();

// Their labels, 0 = female, 1 = male: (4,1) = (N,O).
Matrix labels();

// The typical person subtracted from every input: (1,I) = (67, 140).
Matrix centre();

// Raw people (N,I) -> centred people (N,I): centre() taken from every row.
Matrix centre_people(const Matrix& raw);
