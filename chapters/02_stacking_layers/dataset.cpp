// dataset.cpp - chapter 2: the four people, and how they are centred.
#include "02_stacking_layers/dataset.h"

#include <cmath>

Matrix people_raw() {
  return Matrix{{65, 133},   // female
                {72, 160},   // male
                {70, 152},   // male
                {60, 120}};  // female
}

Matrix labels() { return Matrix{{0}, {1}, {1}, {0}}; }

Matrix centre() { return Matrix{{67, 140}}; }

//! [centre]
Matrix centre_people(const Matrix& raw) {
  // (N,I) + (1,I) broadcast: the negated centre is added to every row.
  return add_to_each_row(raw, -1.0 * centre());
}
//! [centre]

//! [scaling]
InputScaling input_scaling(Scaling kind, const Matrix& raw) {
  InputScaling scaling{Matrix(1, raw.cols(), 0.0), Matrix(1, raw.cols(), 1.0)};
  if (kind == Scaling::centre) scaling.shift = centre();
  if (kind == Scaling::standardise) {
    scaling.shift = column_means(raw);  // (1,I)
    const Matrix deviations = add_to_each_row(raw, -1.0 * scaling.shift);
    const Matrix variances = column_means(hadamard(deviations, deviations));
    scaling.divide = map(variances, [](double v) { return std::sqrt(v); });
  }
  return scaling;
}

Matrix scale_inputs(const Matrix& raw, const InputScaling& scaling) {
  Matrix x(raw.rows(), raw.cols());
  for (int n = 0; n < raw.rows(); ++n) {
    for (int i = 0; i < raw.cols(); ++i) {
      x(n, i) = (raw(n, i) - scaling.shift(0, i)) / scaling.divide(0, i);
    }
  }
  return x;
}
//! [scaling]

bool same_scaling(const InputScaling& a, const InputScaling& b) {
  return a.shift.values() == b.shift.values() && a.divide.values() == b.divide.values();
}

std::optional<Scaling> scaling_kind(const InputScaling& scaling, const Matrix& raw) {
  for (const auto& [kind, name] : kScalingNames) {  // every scaling there is (settings.h)
    if (same_scaling(scaling, input_scaling(kind, raw))) return kind;
  }
  return std::nullopt;
}
