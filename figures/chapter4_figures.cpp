// chapter4_figures.cpp - the sigmoid's slope, and backprop against finite differences.
#include "chapter4_figures.h"

#include <utility>
#include <vector>

#include "01_single_neuron/neuron.h"
#include "figure.h"

void draw_sigmoid_slope(const std::string& folder, const Matrix& z1, const Matrix& a1) {
  Figure figure(folder, "ch4_sigmoid_slope");
  if (!figure) return;
  std::vector<std::pair<double, double>> curve;
  for (double z = -10.0; z <= 10.0001; z += 0.05) {
    const double a = sigmoid(z);
    curve.emplace_back(z, a * (1 - a));
  }
  std::vector<std::pair<double, double>> units;
  for (int i = 0; i < z1.size(); ++i) {
    const double a = a1.values()[i];
    units.emplace_back(z1.values()[i], a * (1 - a));
  }
  figure << "set xlabel 'z'\nset ylabel \"sigmoid'(z) = a (1 - a)\"\n"
         << "set yrange [0:0.3]\nset xrange [-10:10]\nset key top left\n"
         << "set label 'peak 0.25 at z = 0' at 0.4,0.262\n"
         << "plot 0.25 lt 8 notitle, '-' with lines lt 1 title \"sigmoid'(z)\", "
            "'-' with points lt 2 title 'the "
         << z1.size() << " hidden activations of chapter 2'\n";
  figure.send(curve);
  figure.send(units);
}

void draw_gradient_check(const std::string& folder, const Gradients& analytic,
                         const Gradients& numeric) {
  Figure figure(folder, "ch4_gradient_check");
  if (!figure) return;
  const std::vector<std::pair<std::string, std::pair<const Matrix*, const Matrix*>>> params = {
      {"dW1", {&analytic.dW1, &numeric.dW1}},
      {"db1", {&analytic.db1, &numeric.db1}},
      {"dW2", {&analytic.dW2, &numeric.dW2}},
      {"db2", {&analytic.db2, &numeric.db2}}};
  figure << "set xlabel 'backprop'\nset ylabel 'finite differences'\nset size square\n"
         << "set key top left\nplot x lt 8 title 'perfect agreement'";
  for (std::size_t k = 0; k < params.size(); ++k) {
    figure << ", '-' with points lt " << static_cast<int>(k + 1) << " title '" << params[k].first
           << "'";
  }
  figure << "\n";
  for (const auto& [name, pair] : params) {
    std::vector<std::pair<double, double>> points;
    for (int i = 0; i < pair.first->size(); ++i) {
      points.emplace_back(pair.first->values()[i], pair.second->values()[i]);
    }
    figure.send(points);
  }
}
