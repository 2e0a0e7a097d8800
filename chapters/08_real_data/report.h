// report.h - chapter 8: what the program prints about training and testing.
// Tests: tests/test_chapter8.cpp; what it prints, also the golden transcripts (tests/golden/).
#pragma once

#include <ostream>

#include "08_real_data/real_data.h"

// The two losses every `every` epochs (and the first and last), the best
// epoch, and whether training stopped early.
void print_history(std::ostream& out, const MinibatchHistory& history, int every);

// The confusion matrix, then accuracy, precision, recall and the ROC AUC.
void print_test_results(std::ostream& out, const Confusion& counts, double auc);

// "  seed  3: accuracy 98.2%, precision 97.9%, recall 97.9%, 1 malignant missed"
void print_seed_line(std::ostream& out, int seed, const Confusion& counts);
