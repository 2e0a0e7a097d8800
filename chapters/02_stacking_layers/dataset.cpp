// dataset.cpp - chapter 2: the four people, and how they are centred.
#include "02_stacking_layers/dataset.h"

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
