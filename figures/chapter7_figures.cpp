// chapter7_figures.cpp - vanishing gradients, depth, and what a deep network learned.
#include "chapter7_figures.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "figure.h"

void draw_gradient_norms(const std::string& folder, const LayerNorms& norms, Init init) {
  Figure figure(folder, std::string("ch7_gradient_norms_") + init_name(init));
  if (!figure) return;
  figure << "set xlabel 'layer (1 = next to the inputs)'\nset ylabel '|dW| (log scale)'\n"
         << "set logscale y\nset format y '10^{%T}'\nset xtics 1\nset key bottom right\nplot ";
  for (std::size_t k = 0; k < norms.size(); ++k) {
    figure << (k > 0 ? ", " : "") << "'-' with linespoints lt " << static_cast<int>(k) + 1
           << " title '" << activation_name(kActivations[k]) << "'";
  }
  figure << "\n";
  for (const std::vector<double>& column : norms) {
    std::vector<std::pair<double, double>> points;
    for (std::size_t l = 0; l < column.size(); ++l) points.emplace_back(l + 1.0, column[l]);
    figure.send(points);
  }
}

void draw_losses_by_depth(const std::string& folder, const DepthComparison& comparison) {
  Figure figure(folder, "ch7_losses_by_depth");
  if (!figure) return;
  // Each panel its own axis: the sigmoid losses all sit near 0.69 and differ
  // in the second decimal (linear axis), the ReLU ones span four decades (log).
  figure << "set multiplot layout 1,2\n"
         << "set xlabel 'epoch'\nset xtics 1000\nset key bottom left\n";
  for (std::size_t n = 0; n < comparison.networks.size(); ++n) {
    const DeepSettings& network = comparison.networks[n];
    const bool log_axis = network.activation == Activation::relu;
    figure << "set title '" << activation_name(network.activation) << ", init "
           << init_name(network.init) << "'\n"
           << (log_axis ? "set logscale y\nset yrange [1e-4:1]\nset format y '10^{%T}'\n"
                          "set ylabel 'loss (log scale)'\n"
                        : "unset logscale y\nset format y '%.2f'\nset ylabel 'loss'\n")
           << (n == 0 ? "" : "unset key\n");  // one key, in the first panel
    if (!log_axis) {  // from the lowest loss to the highest after the first 100 epochs
      double low = 1e300, high = -1e300;
      for (const std::vector<double>& losses : comparison.losses[n]) {
        for (std::size_t e = 0; e < losses.size(); ++e) {
          low = std::min(low, losses[e]);
          if (e >= std::min<std::size_t>(100, losses.size() - 1)) high = std::max(high, losses[e]);
        }
      }
      const double margin = 0.1 * (high - low) + 1e-3;
      figure << "set yrange [" << low - margin << ":" << high + margin << "]\n";
    }
    figure << "plot ";
    for (std::size_t d = 0; d < comparison.depths.size(); ++d) {
      figure << (d > 0 ? ", " : "") << "'-' with lines lt " << static_cast<int>(d) + 1 << " title '"
             << comparison.depths[d] << (comparison.depths[d] == 1 ? " layer'" : " layers'");
    }
    figure << "\n";
    for (const std::vector<double>& losses : comparison.losses[n]) {
      std::vector<std::pair<double, double>> points;
      for (std::size_t e = 0; e < losses.size(); ++e) {
        const double loss = log_axis ? std::max(losses[e], 1e-4) : losses[e];  // inside the axis
        points.emplace_back(static_cast<double>(e), loss);
      }
      figure.send(points);
    }
  }
  figure << "unset multiplot\n";
}

void draw_decision_regions(const std::string& folder, Activation activation,
                           const std::function<Matrix(const Matrix&)>& p_label1,
                           const DataSet& data) {
  Figure figure(folder, std::string("ch7_decision_regions_") + activation_name(activation));
  if (!figure) return;
  double reach = 0;  // the largest |input|: the map shows [-1.1 reach, 1.1 reach] squared
  for (const double v : data.X.values()) reach = std::max(reach, std::abs(v));
  const double low = -1.1 * reach, pixel = 2.2 * reach / 120;
  figure << "set size ratio -1\nset xrange [" << low << ":" << -low << "]\nset yrange [" << low
         << ":" << -low << "]\nset xlabel 'x_1'\nset ylabel 'x_2'\n"
         << "set cblabel 'P(label 1)'\nset cbrange [0:1]\nset key outside right top\n"
         << "set palette defined (0 '#D55E00', 0.5 '#ffffff', 1 '#0072B2')\n"
         << "plot '-' with image notitle, "
            "'-' with points lt 7 pt 6 ps 0.9 title 'label 0', "
            "'-' with points lt 7 pt 7 ps 0.9 title 'label 1'\n";
  // One row of the grid per forward pass; each pixel centred on its point.
  constexpr int kPixels = 120;  // per side
  for (int j = 0; j < kPixels; ++j) {
    Matrix row(kPixels, 2);
    for (int i = 0; i < kPixels; ++i) {
      row(i, 0) = low + (i + 0.5) * pixel;
      row(i, 1) = low + (j + 0.5) * pixel;
    }
    const Matrix p = p_label1(row);  // (kPixels,1)
    for (int i = 0; i < kPixels; ++i)
      figure << row(i, 0) << " " << row(i, 1) << " " << p(i, 0) << "\n";
  }
  figure << "e\n";
  std::vector<std::pair<double, double>> label0, label1;
  for (int i = 0; i < data.X.rows(); ++i) {
    (data.y(i, 0) == 1.0 ? label1 : label0).emplace_back(data.X(i, 0), data.X(i, 1));
  }
  figure.send(label0);
  figure.send(label1);
}
