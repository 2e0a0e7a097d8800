// Chapter 2: stacking layers into a 2-4-1 network, and one forward pass.
//
// No training yet: the weights are random, so the predictions are too. The
// point of this chapter is the shapes.
#include <fstream>
#include <iostream>
#include <string>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "chapter_run.h"
#include "figure.h"
#include "settings_options.h"

namespace {

// The network as a graph for Graphviz (the book renders it with \dotfile):
// one node per neuron, one edge per weight, each layer labelled with the
// shape of its weight matrix.
void write_network_graph(const ChapterRun& run, const Network& net) {
  if (!run.draw_figures()) return;
  std::ofstream dot(run.figure_dir() + "/ch2_network.dot");
  dot << "digraph network {\n  rankdir=LR; splines=line; nodesep=0.25; ranksep=1.6;\n"
      << "  node [shape=circle, fixedsize=true, width=0.75, fontname=\"sans\", fontsize=11,"
         " style=filled, fillcolor=\"#eaf2fb\", color=\"#0072B2\"];\n"
      << "  edge [color=\"#7f9fbf\", arrowsize=0.5];\n";
  const char* input_names[] = {"height", "weight"};
  for (int i = 0; i < net.W1.rows(); ++i) {
    dot << "  x" << i << " [label=\"" << (i < 2 ? input_names[i] : "x") << "\"];\n";
  }
  for (int h = 0; h < net.W1.cols(); ++h) dot << "  h" << h << " [label=\"a1[" << h << "]\"];\n";
  dot << "  out [label=\"y_hat\", fillcolor=\"#fbe9df\", color=\"#D55E00\"];\n";
  for (int i = 0; i < net.W1.rows(); ++i) {
    for (int h = 0; h < net.W1.cols(); ++h) dot << "  x" << i << " -> h" << h << ";\n";
  }
  for (int h = 0; h < net.W1.cols(); ++h) dot << "  h" << h << " -> out;\n";
  dot << "  labelloc=b; fontname=\"sans\"; fontsize=12;\n"
      << "  label=\"X "
      << "(N," << net.W1.rows() << ")  —  W1 " << net.W1.shape() << ", b1 " << net.b1.shape()
      << ", sigmoid  —  a1 (N," << net.W1.cols() << ")  —  W2 " << net.W2.shape() << ", b2 "
      << net.b2.shape() << ", sigmoid  —  y_hat (N," << net.W2.cols() << ")\";\n}\n";
}

// Bars: each person's target next to the untrained network's guess.
void draw_predictions(const ChapterRun& run, const Matrix& raw, const Matrix& y,
                      const Matrix& y_hat) {
  auto gp = start_figure(run, "ch2_random_predictions");
  if (!gp) return;
  *gp << "set style data histograms\nset style histogram clustered gap 1.5\n"
      << "set style fill solid 0.85 noborder\nset boxwidth 0.9\n"
      << "set yrange [0:1.3]\nset ytics 0,0.25,1\nset ylabel 'P(male)'\nset key top center "
         "horizontal\n"
      << "set grid noxtics\n";
  std::string rows;
  for (int i = 0; i < raw.rows(); ++i) {
    rows += "\"" + std::to_string(static_cast<int>(raw(i, 0))) + " in, " +
            std::to_string(static_cast<int>(raw(i, 1))) + " lb\" " + std::to_string(y(i, 0)) + " " +
            std::to_string(y_hat(i, 0)) + "\n";
  }
  *gp << "plot '-' using 2:xtic(1) lt 8 lc rgb '#bbbbbb' title 'target (1 = male)', "
         "'-' using 3 lt 1 title 'untrained network'\n"
      << rows << "e\n"
      << rows << "e\n";
}

}  // namespace

int main(int argc, char** argv) try {
  Settings settings;  // the article's seed (42) and sizes, unless --seed says otherwise
  ChapterRun run(argc, argv, "chapter_2", "stacking layers: the 2-4-1 network's forward pass",
                 seed_option(settings));
  std::cout << "Chapter 2: stacking layers (" << kInputs << "-" << settings.hidden << "-"
            << kOutputs << " network, seed " << settings.seed << ")\n\n";

  //! [data]
  const Matrix raw = people_raw();      // (N,I) inches, pounds
  const Matrix X = centre_people(raw);  // (N,I) small numbers around 0
  const Matrix y = labels();            // (N,O) 1 = male
  print(std::cout, "people, raw", raw, 0);
  print(std::cout, "X = people - (67, 140)", X, 0);
  print(std::cout, "y", y, 0);
  //! [data]

  //! [init]
  const Network net = init_network(settings);  // randn * 0.3, zero biases
  print(std::cout, "\nW1", net.W1);
  print(std::cout, "b1", net.b1);
  print(std::cout, "W2", net.W2);
  print(std::cout, "b2", net.b2);
  //! [init]

  //! [forward]
  const Matrix z1 = dense_forward(X, net.W1, net.b1);  // (4,2) @ (2,4) + (1,4) -> (4,4)
  const ForwardCache cache = forward(net, X);
  std::cout << "\nz1 = X @ W1 + b1: " << X.shape() << " @ " << net.W1.shape() << " + "
            << net.b1.shape() << " -> " << z1.shape() << "\n";
  print(std::cout, "a1 = sigmoid(z1)", cache.a1);
  std::cout << "z2 = a1 @ W2 + b2: " << cache.a1.shape() << " @ " << net.W2.shape() << " + "
            << net.b2.shape() << " -> " << cache.y_hat.shape() << "\n";
  print(std::cout, "y_hat = sigmoid(z2), the random network's guesses", cache.y_hat, 3);
  //! [forward]

  write_network_graph(run, net);
  draw_predictions(run, raw, y, cache.y_hat);

  int saturated = 0;  // hidden activations pinned near 0 or 1
  for (double a : cache.a1.values()) saturated += (a < 0.01 || a > 0.99) ? 1 : 0;
  std::cout << "\nWhat to notice: the guesses hover around 0.5 whatever the target; small random\n"
               "weights give the network no opinion yet. Yet "
            << saturated << " of the " << cache.a1.size()
            << " hidden activations are already\nbelow 0.01 or above 0.99: inputs as large as "
               "20 push a sigmoid to its flat ends.\n";
  return 0;
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_2", error);
}
