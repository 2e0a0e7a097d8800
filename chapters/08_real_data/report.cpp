// report.cpp - chapter 8: printing the results.
#include "08_real_data/report.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "08_real_data/metrics.h"

namespace {

// A rate as a percentage with one decimal ("91.5%"), or "undefined" when it
// is 0 / 0: precision, when the network called no mass malignant at all.
std::string percent(double rate) {
  if (std::isnan(rate)) return "undefined";
  std::ostringstream text;
  text << std::fixed << std::setprecision(1) << 100 * rate << "%";
  return text.str();
}

}  // namespace

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
      << "Accuracy " << percent(accuracy(c)) << ", precision " << percent(precision(c))
      << ", recall " << percent(recall(c)) << ", ROC AUC " << std::fixed << std::setprecision(4)
      << auc << "\n"
      << std::defaultfloat;
}

void print_seed_line(std::ostream& out, int seed, const Confusion& c) {
  if (seed == 1) out << "\nThe same experiment with other seeds (another split, another start):\n";
  out << "  seed " << std::setw(2) << seed << ": accuracy " << percent(accuracy(c))
      << ", precision " << percent(precision(c)) << ", recall " << percent(recall(c)) << ", "
      << c.false_negatives << " malignant missed\n";
}
