// chapter2_figures.cpp - the 2-4-1 network as a graph, and its first guesses.
#include "chapter2_figures.h"

#include <fstream>

#include "figure.h"

void write_network_graph(const std::string& folder, const Network& net) {
  if (folder.empty()) return;
  std::ofstream dot(folder + "/ch2_network.dot");
  // ordering=out keeps the hidden units in the order they are declared,
  // a1[0] at the top, so that the picture matches the matrices.
  dot << "digraph network {\n  rankdir=LR; splines=line; nodesep=0.25; ranksep=1.6; "
         "ordering=out;\n"
      << "  node [shape=circle, fixedsize=true, width=0.75, fontname=\"sans\", fontsize=11,"
         " style=filled, fillcolor=\"#eaf2fb\", color=\"#0072B2\"];\n"
      << "  edge [color=\"#7f9fbf\", arrowsize=0.5];\n";
  const char* input_names[] = {"height", "weight"};
  for (int i = 0; i < net.W1.rows(); ++i) {
    dot << "  x" << i << " [label=\"" << (i < 2 ? input_names[i] : "x") << "\"];\n";
  }
  for (int h = 0; h < net.W1.cols(); ++h) dot << "  h" << h << " [label=\"a1[" << h << "]\"];\n";
  dot << "  out [label=\"y_hat\", fillcolor=\"#fbe9df\", color=\"#D55E00\"];\n";
  // The biases: a constant 1 feeding each layer, its weights b1 and b2.
  dot << "  one1 [label=\"1\", shape=square, width=0.4, fillcolor=\"#f2f2f2\", "
         "color=\"#999999\"];\n"
      << "  one2 [label=\"1\", shape=square, width=0.4, fillcolor=\"#f2f2f2\", "
         "color=\"#999999\"];\n";
  for (int i = 0; i < net.W1.rows(); ++i) {
    for (int h = 0; h < net.W1.cols(); ++h) dot << "  x" << i << " -> h" << h << ";\n";
  }
  for (int h = 0; h < net.W1.cols(); ++h) {
    dot << "  one1 -> h" << h << " [style=dashed, color=\"#aaaaaa\"];\n";
  }
  for (int h = 0; h < net.W1.cols(); ++h) dot << "  h" << h << " -> out;\n";
  dot << "  one2 -> out [style=dashed, color=\"#aaaaaa\"];\n"
      << "  { rank=same; x0; x1; one1; }\n  { rank=same; one2; h0; }\n";
  dot << "  labelloc=b; fontname=\"sans\"; fontsize=12;\n"
      << "  label=\"X "
      << "(N," << net.W1.rows() << ")  —  W1 " << net.W1.shape() << ", b1 " << net.b1.shape()
      << ", sigmoid  —  a1 (N," << net.W1.cols() << ")  —  W2 " << net.W2.shape() << ", b2 "
      << net.b2.shape() << ", sigmoid  —  y_hat (N," << net.W2.cols() << ")\";\n}\n";
}

void draw_predictions(const std::string& folder, const Matrix& raw, const Matrix& y,
                      const Matrix& y_hat) {
  Figure figure(folder, "ch2_random_predictions");
  if (!figure) return;
  // The network's guesses as bars; each target as a black mark, which stays
  // visible where the target is 0.
  figure << "set style fill solid 0.85 noborder\nset boxwidth 0.6\nset xrange [-0.6:3.6]\n"
         << "set yrange [-0.08:1.3]\nset ytics 0,0.25,1\nset ylabel 'P(male)'\nset key top center "
            "horizontal\n"
         << "set grid noxtics\n";
  std::string rows;
  for (int i = 0; i < raw.rows(); ++i) {
    rows += "\"" + std::to_string(static_cast<int>(raw(i, 0))) + " in, " +
            std::to_string(static_cast<int>(raw(i, 1))) + " lb\" " + std::to_string(y(i, 0)) + " " +
            std::to_string(y_hat(i, 0)) + "\n";
  }
  figure << "plot '-' using 0:3:xtic(1) with boxes lt 1 title 'untrained network', "
            "'-' using 0:2 with points lt 7 pt 5 ps 1.6 title 'target (1 = male)'\n"
         << rows << "e\n"
         << rows << "e\n";
}
