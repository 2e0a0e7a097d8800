// chapter1_figures.cpp - the sigmoid, and the chapter's two neurons on it.
#include "chapter1_figures.h"

#include "figure.h"

void draw_sigmoid(const std::string& folder, const std::function<double(double)>& sigmoid,
                  const std::vector<std::pair<double, double>>& marked) {
  Figure figure(folder, "ch1_sigmoid");
  if (!figure) return;
  std::vector<std::pair<double, double>> curve;
  for (double z = -8.0; z <= 8.0001; z += 0.05) curve.emplace_back(z, sigmoid(z));
  figure << "set xlabel 'z = w·x + b'\nset ylabel 'sigmoid(z)'\n"
         << "set yrange [-0.05:1.05]\nset ytics 0,0.25,1\nset key top left\n";
  for (const auto& [z, out] : marked) {
    figure << "set label sprintf('z = %.2f → %.3f', " << z << ", " << out << ") at " << z << ","
           << out << " offset 1,-0.6\n";
  }
  figure << "plot '-' with lines lt 1 title 'sigmoid(z) = 1 / (1 + e^{-z})', "
            "'-' with points lt 7 title 'the two neurons of this chapter'\n";
  figure.send(curve);
  figure.send(marked);
}
