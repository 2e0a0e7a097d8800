// report.cpp - chapter 8: printing the results.
#include "08_real_data/report.h"

#include <iomanip>

#include "08_real_data/metrics.h"

void print_history(std::ostream& out, const MinibatchHistory& history, int every) {
  const std::size_t epochs = history.train_losses.size();
  out << "  epoch   training loss   validation loss\n" << std::fixed << std::setprecision(4);
  for (std::size_t e = 0; e < epochs; ++e) {
    if (e == 0 || (e + 1) % every == 0 || e + 1 == epochs) {
      out << std::setw(7) << e + 1 << std::setw(16) << history.train_losses[e] << std::setw(18)
          << history.validation_losses[e] << "\n";
    }
  }
  const int best = history.best_epoch;
  out << "Lowest validation loss: " << history.validation_losses[best] << " after epoch "
      << best + 1 << "\n";
  if (history.stopped_early) {
    out << "Stopped early after epoch " << epochs << ": no better validation loss for "
        << epochs - 1 - best << " epochs; the network of epoch " << best + 1 << " is kept.\n";
  }
  out << std::defaultfloat;
}

void print_test_results(std::ostream& out, const Confusion& c, double auc) {
  out << "                   really malignant   really benign\n"
      << "  said malignant   " << std::setw(16) << c.true_positives << std::setw(16)
      << c.false_positives << "\n"
      << "  said benign      " << std::setw(16) << c.false_negatives << std::setw(16)
      << c.true_negatives << "\n"
      << std::fixed << std::setprecision(1) << "Accuracy " << 100 * accuracy(c) << "%, precision "
      << 100 * precision(c) << "%, recall " << 100 * recall(c) << "%, ROC AUC "
      << std::setprecision(4) << auc << "\n"
      << std::defaultfloat;
}

void print_one_line(std::ostream& out, int seed, const Confusion& c) {
  if (seed == 1) out << "\nThe same experiment with other seeds (another split, another start):\n";
  out << "  seed " << std::setw(2) << seed << ": accuracy " << std::fixed << std::setprecision(1)
      << 100 * accuracy(c) << "%, precision " << 100 * precision(c) << "%, recall "
      << 100 * recall(c) << "%, " << c.false_negatives << " malignant missed\n"
      << std::defaultfloat;
}
