// metrics.h - chapter 8: the numbers a practitioner reads off a test set.
// Tests: tests/test_chapter8.cpp.
#pragma once

#include <utility>
#include <vector>

#include "08_real_data/real_data.h"
#include "matrix.h"

double accuracy(const Confusion& c);   // (TP + TN) / all: the share of right answers
double precision(const Confusion& c);  // TP / (TP + FP): of those called malignant, how many were
                                       // (0 / 0, NaN, if none was: report.cpp prints "undefined")
double recall(const Confusion& c);     // TP / (TP + FN): of the malignant, how many were found
double false_positive_rate(const Confusion& c);  // FP / (FP + TN): of the benign, how many were
                                                 // called malignant (the ROC curve's x)

// The ROC curve: for every threshold from above the largest y_hat down to
// below the smallest, the point (false positive rate, true positive rate)
// = (FP / negatives, TP / positives). From (0, 0) to (1, 1).
std::vector<std::pair<double, double>> roc_curve(const Matrix& y_hat, const Matrix& y);

// The area under it (trapezoids): the chance that a random malignant row
// gets a higher y_hat than a random benign one. 0.5 is guessing, 1 is perfect.
double area_under(const std::vector<std::pair<double, double>>& curve);
