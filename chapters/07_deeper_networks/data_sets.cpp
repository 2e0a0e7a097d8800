// data_sets.cpp - chapter 7: the two data sets.
#include "07_deeper_networks/data_sets.h"

#include <cmath>
#include <stdexcept>

#include "02_stacking_layers/dataset.h"
#include "numpy_random.h"

DataSet two_spirals() {
  const double pi = std::acos(-1.0);
  NumpyRandom rng(kSpiralsSeed);
  DataSet spirals{Matrix(2 * kSpiralPoints, 2), Matrix(2 * kSpiralPoints, 1)};
  for (int arm = 0; arm < 2; ++arm) {
    for (int i = 1; i <= kSpiralPoints; ++i) {
      const double r = static_cast<double>(i) / kSpiralPoints;
      const double t = 2 * pi * r + arm * pi + kSpiralNoise * rng.normal();
      const int row = arm * kSpiralPoints + i - 1;
      spirals.X(row, 0) = r * std::sin(t);
      spirals.X(row, 1) = r * std::cos(t);
      spirals.y(row, 0) = arm;
    }
  }
  return spirals;
}

DataSet four_people() { return DataSet{centre_people(people_raw()), labels()}; }

DataSet data_set_named(const std::string& name) {
  if (name == "spirals") return two_spirals();
  if (name == "people") return four_people();
  throw std::invalid_argument("no data set called '" + name + "' (spirals or people)");
}
