// chapter6_figures.cpp - what the trained network answers across the plane.
#include "chapter6_figures.h"

#include <string>
#include <utility>
#include <vector>

#include "figure.h"
#include "plumbing/number_text.h"

namespace {

constexpr double kHeightMin = 56, kHeightMax = 78;    // inches shown in the figures
constexpr double kWeightMin = 100, kWeightMax = 180;  // pounds

// The figure's name for a network trained with `scaling` (see the header).
std::string figure_name(const std::string& name, std::optional<Scaling> scaling) {
  if (!scaling || *scaling == Scaling::centre) return name;
  return name + "_" + scaling_name(*scaling);
}

}  // namespace

void draw_decision_boundary(const std::string& folder, std::optional<Scaling> scaling,
                            const MaleProbability& p_male, const Matrix& raw, const Matrix& y,
                            const NewPerson& person) {
  Figure figure(folder, figure_name("ch6_decision_boundary", scaling));
  if (!figure) return;
  figure << "set xlabel 'height (in)'\nset ylabel 'weight (lb)'\n"
         << "set xrange [" << kHeightMin << ":" << kHeightMax << "]\nset yrange [" << kWeightMin
         << ":" << kWeightMax << "]\n"
         << "set cblabel 'P(male)'\nset cbrange [0:1]\nset grid front\nset key top left\n"
         << "set palette defined (0 '#D55E00', 0.5 '#ffffff', 1 '#0072B2')\n"
         << "plot '-' with image notitle, '-' with lines lt 7 title 'P(male) = 0.5', "
            "'-' with points lt 7 pt 4 ps 1.6 lw 2 title 'women (training)', "
            "'-' with points lt 7 pt 6 ps 1.6 lw 2 title 'men (training)', "
            "'-' with points lt 5 pt 9 ps 2.2 title 'the new person'\n";
  // The heat map: a pixel per half pound and quarter inch.
  // Each pixel is drawn centred on its point, so the points sit half a
  // pixel inside the axes: the map fills the plot exactly, and each pixel's
  // colour is the answer at its centre.
  for (double w = kWeightMin + 0.25; w < kWeightMax; w += 0.5) {
    for (double h = kHeightMin + 0.125; h < kHeightMax; h += 0.25) {
      figure << h << " " << w << " " << p_male(h, w) << "\n";
    }
  }
  figure << "e\n";
  // The boundary: for each height, the weight where P(male) crosses 0.5,
  // found by scanning upwards and interpolating between the two pounds around it.
  std::vector<std::pair<double, double>> boundary;
  for (double h = kHeightMin; h <= kHeightMax + 1e-9; h += 0.1) {
    for (double w = kWeightMin; w < kWeightMax; w += 0.25) {
      const double p0 = p_male(h, w) - 0.5;
      const double p1 = p_male(h, w + 0.25) - 0.5;
      if ((p0 < 0) != (p1 < 0)) {
        boundary.emplace_back(h, w + 0.25 * p0 / (p0 - p1));
        break;
      }
    }
  }
  figure.send(boundary);
  std::vector<std::pair<double, double>> women, men;
  for (int i = 0; i < raw.rows(); ++i) {
    (y(i, 0) == 1.0 ? men : women).emplace_back(raw(i, 0), raw(i, 1));
  }
  figure.send(women);
  figure.send(men);
  figure.send(std::vector<std::pair<double, double>>{{person.height, person.weight}});
}

void draw_sensitivity(const std::string& folder, std::optional<Scaling> scaling,
                      const MaleProbability& p_male, const NewPerson& person) {
  Figure figure(folder, figure_name("ch6_sensitivity", scaling));
  if (!figure) return;
  const double height = person.height, weight = person.weight;
  const double p = p_male(height, weight);  // the marked point
  std::vector<std::pair<double, double>> by_height, by_weight;
  for (double h = kHeightMin; h <= kHeightMax + 1e-9; h += 0.1) {
    by_height.emplace_back(h, p_male(h, weight));
  }
  for (double w = kWeightMin; w <= kWeightMax + 1e-9; w += 0.25) {
    by_weight.emplace_back(w, p_male(height, w));
  }
  figure << "set multiplot layout 1,2\nset yrange [-0.05:1.05]\nset ylabel 'P(male)'\n"
         << "unset key\nset xrange [" << kHeightMin << ":" << kHeightMax << "]\n"
         << "set xlabel 'height (in), weight fixed at " << number_text(weight) << " lb'\n"
         << "plot 0.5 lt 8 notitle, '-' with lines lt 1 notitle, '-' with points lt 7 notitle\n";
  figure.send(by_height);
  figure.send(std::vector<std::pair<double, double>>{{height, p}});
  figure << "set xlabel 'weight (lb), height fixed at " << number_text(height) << " in'\n"
         << "unset ylabel\nset xrange [" << kWeightMin << ":" << kWeightMax << "]\n"
         << "plot 0.5 lt 8 notitle, '-' with lines lt 2 notitle, '-' with points lt 7 notitle\n";
  figure.send(by_weight);
  figure.send(std::vector<std::pair<double, double>>{{weight, p}});
  figure << "unset multiplot\n";
}
