// Chapter 4: one forward pass, then one backward pass, every gradient shown,
// and every gradient checked against finite differences.
#include <iomanip>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "04_backprop/backprop.h"
#include "04_backprop/gradient_check.h"
#include "chapter_run.h"
#include "figure.h"
#include "settings_options.h"

namespace {

// sigmoid'(z) = a (1 - a) over a range of z, with the hidden units' actual
// (z1, slope) pairs marked: saturated units sit on the flat tails.
void draw_sigmoid_slope(const ChapterRun& run, const Matrix& z1, const Matrix& a1) {
  auto gp = start_figure(run, "ch4_sigmoid_slope");
  if (!gp) return;
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
  *gp << "set xlabel 'z'\nset ylabel \"sigmoid'(z) = a (1 - a)\"\n"
      << "set yrange [0:0.3]\nset xrange [-10:10]\nset key top left\n"
      << "set label 'peak 0.25 at z = 0' at 0.4,0.262\n"
      << "plot 0.25 lt 8 notitle, '-' with lines lt 1 title \"sigmoid'(z)\", "
         "'-' with points lt 2 title 'the "
      << z1.size() << " hidden activations of chapter 2'\n";
  gp->send1d(curve);
  gp->send1d(units);
}

// Every gradient entry: backprop's value (x) against finite differences (y).
// On the diagonal means the two agree.
void draw_gradient_check(const ChapterRun& run, const Gradients& analytic,
                         const Gradients& numeric) {
  auto gp = start_figure(run, "ch4_gradient_check");
  if (!gp) return;
  const std::vector<std::pair<std::string, std::pair<const Matrix*, const Matrix*>>> params = {
      {"dW1", {&analytic.dW1, &numeric.dW1}},
      {"db1", {&analytic.db1, &numeric.db1}},
      {"dW2", {&analytic.dW2, &numeric.dW2}},
      {"db2", {&analytic.db2, &numeric.db2}}};
  *gp << "set xlabel 'backprop'\nset ylabel 'finite differences'\nset size square\n"
      << "set key top left\nplot x lt 8 title 'perfect agreement'";
  for (std::size_t k = 0; k < params.size(); ++k) {
    *gp << ", '-' with points lt " << k + 1 << " title '" << params[k].first << "'";
  }
  *gp << "\n";
  for (const auto& [name, pair] : params) {
    std::vector<std::pair<double, double>> points;
    for (int i = 0; i < pair.first->size(); ++i) {
      points.emplace_back(pair.first->values()[i], pair.second->values()[i]);
    }
    gp->send1d(points);
  }
}

}  // namespace

int main(int argc, char** argv) try {
  Settings settings;
  ChapterRun run(argc, argv, "chapter_4", "backpropagation, checked by finite differences",
                 seed_option(settings));
  std::cout << "Chapter 4: backpropagation\n\n";

  const Matrix X = centre_people(people_raw());  // (N,I)
  const Matrix y = labels();                     // (N,O)
  const Network net = init_network(settings);

  //! [one backward pass]
  const ForwardCache cache = forward(net, X);
  const Gradients grads = backward(net, X, y, cache);
  print(std::cout, "dz2 = y_hat - y", output_delta(cache.y_hat, y));
  print(std::cout, "dW2 (same shape as W2)", grads.dW2);
  print(std::cout, "db2 (same shape as b2)", grads.db2);
  print(std::cout, "dW1 (same shape as W1)", grads.dW1);
  print(std::cout, "db1 (same shape as b1)", grads.db1);
  //! [one backward pass]

  //! [sigmoid slope]
  const Matrix slope = hadamard(cache.a1, 1.0 - cache.a1);  // sigmoid'(z1), (N,H)
  print(std::cout, "\nsigmoid'(z1) = a1 * (1 - a1), never above 0.25", slope);
  //! [sigmoid slope]

  //! [gradient check]
  const Gradients numeric = numerical_gradients(net, X, y);
  std::cout << "\nGradient check: backprop against finite differences (step "
            << kFiniteDifferenceStep << ")\n"
            << std::scientific << std::setprecision(1) << "  relative error  dW1 "
            << relative_error(grads.dW1, numeric.dW1) << "   db1 "
            << relative_error(grads.db1, numeric.db1) << "   dW2 "
            << relative_error(grads.dW2, numeric.dW2) << "   db2 "
            << relative_error(grads.db2, numeric.db2) << "\n";
  //! [gradient check]

  draw_sigmoid_slope(run, dense_forward(X, net.W1, net.b1), cache.a1);
  draw_gradient_check(run, grads, numeric);

  std::cout << "\nWhat to notice: each gradient has its parameter's shape, so the update\n"
               "W -= lr * dW is well defined. The hidden gradients pass through sigmoid',\n"
               "at most 0.25, on their way back: that is why deep sigmoid stacks learn slowly.\n"
               "Relative errors near 1e-8 or below mean backprop and plain arithmetic agree.\n";
  return 0;
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_4", error);
}
