// metrics.cpp - chapter 8: accuracy, precision, recall, the ROC curve.
#include "08_real_data/metrics.h"

#include <algorithm>
#include <numeric>

double accuracy(const Confusion& c) {
  const int all = c.true_positives + c.false_positives + c.false_negatives + c.true_negatives;
  return static_cast<double>(c.true_positives + c.true_negatives) / all;
}

double precision(const Confusion& c) {
  return static_cast<double>(c.true_positives) / (c.true_positives + c.false_positives);
}

double recall(const Confusion& c) {
  return static_cast<double>(c.true_positives) / (c.true_positives + c.false_negatives);
}

double false_positive_rate(const Confusion& c) {
  return static_cast<double>(c.false_positives) / (c.false_positives + c.true_negatives);
}

std::vector<std::pair<double, double>> roc_curve(const Matrix& y_hat, const Matrix& y) {
  require_same_shape("roc_curve", "vs", y_hat, y);
  std::vector<int> rows(y.rows());
  std::iota(rows.begin(), rows.end(), 0);
  std::sort(rows.begin(), rows.end(), [&](int a, int b) { return y_hat(a, 0) > y_hat(b, 0); });
  double positives = 0;
  for (int n = 0; n < y.rows(); ++n) positives += y(n, 0);
  const double negatives = y.rows() - positives;
  // Lower the threshold past one row at a time (past rows with equal y_hat together).
  std::vector<std::pair<double, double>> curve{{0.0, 0.0}};
  double true_positives = 0, false_positives = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    (y(rows[i], 0) == 1.0 ? true_positives : false_positives) += 1;
    const bool tie_follows = i + 1 < rows.size() && y_hat(rows[i + 1], 0) == y_hat(rows[i], 0);
    if (!tie_follows) curve.emplace_back(false_positives / negatives, true_positives / positives);
  }
  return curve;
}

double area_under(const std::vector<std::pair<double, double>>& curve) {
  double area = 0;
  for (std::size_t i = 1; i < curve.size(); ++i) {
    const double width = curve[i].first - curve[i - 1].first;
    area += width * (curve[i].second + curve[i - 1].second) / 2;  // a trapezoid
  }
  return area;
}
