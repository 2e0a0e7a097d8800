// chapter4_figures.cpp - the sigmoid's slope, and backprop against finite differences.
#include "chapter4_figures.h"

#include <cmath>
#include <utility>
#include <vector>

#include "figure.h"

void draw_sigmoid_slope(const std::string& folder, const std::function<double(double)>& sigmoid,
                        const Matrix& z1, const Matrix& a1) {
  Figure figure(folder, "ch4_sigmoid_slope");
  if (!figure) return;
  std::vector<std::pair<double, double>> curve;
  for (double z = -12.0; z <= 12.0001; z += 0.05) {
    const double a = sigmoid(z);
    curve.emplace_back(z, a * (1 - a));
  }
  std::vector<std::pair<double, double>> units;
  for (int i = 0; i < z1.size(); ++i) {
    const double a = a1.values()[i];
    units.emplace_back(z1.values()[i], a * (1 - a));
  }
  // The x range holds every hidden activation (the article's reach about
  // +-11); the key sits top right, clear of the curve, the peak and its label.
  figure << "set xlabel 'z'\nset ylabel \"sigmoid'(z) = a (1 - a)\"\n"
         << "set yrange [0:0.3]\nset xrange [-12:12]\nset key at graph 0.99, graph 0.9 right Left "
            "reverse samplen 1 width -5\n"
         << "set label 'peak 0.25 at z = 0' at -0.5,0.262 right\n"
         << "plot 0.25 lt 8 notitle, '-' with lines lt 1 title \"sigmoid'(z)\", "
            "'-' with points lt 2 title '"
         << z1.size() << " hidden units, chapter 2'\n";
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
  // Left: each entry, backprop against finite differences (the key top left,
  // where a diagonal leaves room). Right: how far apart they are, entry by
  // entry, on a log scale: the agreement that the left panel can only hint at.
  figure << "set multiplot layout 1,2\nset xlabel 'backprop'\nset ylabel 'finite differences'\n"
         << "set key top left samplen 1 spacing 1.1\n"
         << "plot x lt 8 title 'agreement'";
  for (std::size_t k = 0; k < params.size(); ++k) {
    figure << ", '-' with points lt " << static_cast<int>(k + 1) << " title '" << params[k].first
           << "'";
  }
  figure << "\n";
  std::vector<std::vector<std::pair<double, double>>> differences;
  int entry = 0;
  for (const auto& [name, pair] : params) {
    std::vector<std::pair<double, double>> points, apart;
    for (int i = 0; i < pair.first->size(); ++i, ++entry) {
      const double b = pair.first->values()[i], f = pair.second->values()[i];
      points.emplace_back(b, f);
      apart.emplace_back(entry, std::fabs(b - f));
    }
    figure.send(points);
    differences.push_back(apart);
  }
  figure << "set logscale y\nset format y '10^{%L}'\nset xlabel 'entry (dW1, db1, dW2, db2)'\n"
         << "set ylabel '|backprop - finite differences|'\nunset key\nplot ";
  for (std::size_t k = 0; k < params.size(); ++k) {
    figure << (k > 0 ? ", " : "") << "'-' with points lt " << static_cast<int>(k + 1);
  }
  figure << "\n";
  for (const auto& apart : differences) figure.send(apart);
  figure << "unset multiplot\n";
}
