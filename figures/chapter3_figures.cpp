// chapter3_figures.cpp - binary cross-entropy for one prediction.
#include "chapter3_figures.h"

#include <string>
#include <utility>
#include <vector>

#include "figure.h"

void draw_loss_curves(const std::string& folder, const std::function<double(double, double)>& loss,
                      const Matrix& y, const Matrix& y_hat) {
  Figure figure(folder, "ch3_bce");
  if (!figure) return;
  std::vector<std::pair<double, double>> if_male;
  std::vector<std::pair<double, double>> if_female;
  for (double p = 0.001; p < 1.0; p += 0.001) {
    if_male.emplace_back(p, loss(p, 1));
    if_female.emplace_back(p, loss(p, 0));
  }
  std::vector<std::pair<double, double>> people;
  for (int i = 0; i < y.rows(); ++i) {
    people.emplace_back(y_hat(i, 0), loss(y_hat(i, 0), y(i, 0)));
  }
  figure << "set xlabel 'prediction ŷ'\nset ylabel 'loss of one example'\n"
         << "set xrange [0:1]\nset yrange [0:5]\nset key top center\n"
         << "plot '-' with lines lt 1 title 'target y = 1: -log(ŷ)', "
            "'-' with lines lt 2 title 'target y = 0: -log(1 - ŷ)', "
            "'-' with points lt 7 title 'the random network on the four people', "
            "'-' with labels offset char 0,1.3 notitle, '-' with labels offset char 0,-1.3 "
            "notitle\n";
  figure.send(if_male);
  figure.send(if_female);
  figure.send(people);
  // The points named, by group (the two of a group often sit on top of each
  // other): the men above their points, the women below.
  for (const double target : {1.0, 0.0}) {
    std::string names = (target == 1.0) ? "men:" : "women:";
    int first = -1;
    for (int i = 0; i < y.rows(); ++i) {
      if (y(i, 0) != target) continue;
      names += (first < 0 ? " " : ", ") + std::to_string(i + 1);
      if (first < 0) first = i;
    }
    if (first >= 0) {
      figure << people[first].first << " " << people[first].second << " \"" << names << "\"\n";
    }
    figure << "e\n";
  }
}
