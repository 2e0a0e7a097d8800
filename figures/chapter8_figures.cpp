// chapter8_figures.cpp - learning curves, the confusion matrix, the ROC curve.
#include "chapter8_figures.h"

#include <cmath>
#include <cstdio>

#include "figure.h"

void draw_losses(const std::string& folder, const MinibatchHistory& history, int hidden) {
  Figure figure(folder, "ch8_losses_" + std::to_string(hidden) + "_hidden");
  if (!figure) return;
  std::vector<std::pair<double, double>> train, validation;
  for (std::size_t e = 0; e < history.train_losses.size(); ++e) {
    train.emplace_back(e + 1.0, history.train_losses[e]);
    validation.emplace_back(e + 1.0, history.validation_losses[e]);
  }
  const int best = history.best_epoch;
  figure << "set xlabel 'epoch'\nset ylabel 'loss (log scale)'\nset logscale y\n"
         << "set key bottom left\n"
         << "plot '-' with lines lt 1 title 'training rows', "
            "'-' with lines lt 2 dt 2 title 'validation rows', "
            "'-' with points lt 7 pt 6 ps 1.8 title 'lowest validation loss'\n";
  figure.send(train);
  figure.send(validation);
  figure.send({{best + 1.0, history.validation_losses[best]}});
}

void draw_confusion(const std::string& folder, const Confusion& c, int hidden) {
  Figure figure(folder, "ch8_confusion_" + std::to_string(hidden) + "_hidden");
  if (!figure) return;
  figure << "set size ratio 1\nset xrange [-0.5:1.5]\nset yrange [-0.5:1.5]\n"
         << "set xtics ('really malignant' 0, 'really benign' 1)\n"
         << "set ytics ('said benign' 0, 'said malignant' 1)\nset grid noxtics noytics\n"
         << "unset key\nset cbrange [0:*]\nset cblabel 'masses'\n"
         << "set palette defined (0 '#ffffff', 1 '#0072B2')\n"
         << "set label 1 'true positives: " << c.true_positives << "' at 0,1 center front\n"
         << "set label 2 'false positives: " << c.false_positives << "' at 1,1 center front\n"
         << "set label 3 'false negatives: " << c.false_negatives << "' at 0,0 center front\n"
         << "set label 4 'true negatives: " << c.true_negatives << "' at 1,0 center front\n"
         << "plot '-' with image pixels\n"
         << "0 1 " << c.true_positives << "\n1 1 " << c.false_positives << "\n0 0 "
         << c.false_negatives << "\n1 0 " << c.true_negatives << "\ne\n";
}

void draw_roc(const std::string& folder, const std::vector<std::pair<double, double>>& curve,
              double auc, std::pair<double, double> at_half, int hidden) {
  Figure figure(folder, "ch8_roc_" + std::to_string(hidden) + "_hidden");
  if (!figure) return;
  char area[32];
  std::snprintf(area, sizeof area, "%.4f", auc);  // as chapter_8 prints it
  const auto [flagged, found] = at_half;
  figure << "set size ratio 1\nset xrange [-0.02:1]\nset yrange [0:1.02]\n"
         << "set xlabel 'false positive rate (benign called malignant)'\n"
         << "set ylabel 'true positive rate (malignant found)'\nset key bottom right\n"
         << "plot '-' with linespoints lt 1 pt 7 ps 0.5 title 'network, area " << area << "', "
         << "x with lines lt 8 title 'guessing, area 0.5', "
         << "'-' with points lt 7 pt 6 ps 2 title 'threshold 0.5'\n";
  figure.send(curve);
  if (std::isfinite(found) && std::isfinite(flagged)) {
    figure.send({{flagged, found}});
  } else {  // no malignant or no benign test row: no such point (0/0)
    figure.send({{-1.0, -1.0}});  // outside the ranges: nothing is drawn
  }
}
