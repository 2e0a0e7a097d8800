// errata_table.cpp - writes the errata table the appendix shows.
//
// Three columns side by side: what the article prints, what NumPy computes
// when it runs the article's algorithm (tests/numpy_references/article.txt), and what
// this book's C++ computes. The book build runs this program, so the table
// can never drift from the code.
//
// Usage: errata_table OUTPUT_FILE
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "reference_file.h"

namespace {

std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

// The numbers printed in the article, copied from its text.
struct ArticleLoss {
  int epoch;
  double loss;
};
const std::vector<ArticleLoss> kArticleLosses = {
    {0, 0.6931}, {400, 0.5124}, {800, 0.3812}, {3600, 0.0947}};
const std::vector<std::string> kArticlePredictions = {
    "0.08",  // person 1 (65 in, 133 lb), a woman
    "0.94",  // person 2 (72 in, 160 lb), a man
    "0.93",  // person 3 (70 in, 152 lb), a man
    "0.06",  // person 4 (60 in, 120 lb), a woman
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: errata_table OUTPUT_FILE\n";
    return 2;
  }
  const ReferenceFile& numpy = numpy_reference();  // tests/numpy_references/article.txt
  const Settings settings;                         // the article's settings
  Network net = init_network(settings);
  const Matrix X = centre_people(people_raw());
  const TrainingHistory history = train(net, X, labels(), settings);
  const Matrix y_hat = forward(net, X).y_hat;

  std::ofstream out(argv[1]);
  out << "/// [errata table]\n"
      << "| | the article prints | NumPy running the article's algorithm | this book's C++ |\n"
      << "|---|---|---|---|\n";
  const Matrix& numpy_losses = numpy["losses"];
  for (const ArticleLoss& row : kArticleLosses) {
    const int r = row.epoch / settings.print_every;
    out << "| loss at epoch " << row.epoch << " | " << fixed(row.loss, 4) << " | "
        << fixed(numpy_losses(r, 1), 4) << " | " << fixed(history.losses[row.epoch], 4) << " |\n";
  }
  for (int i = 0; i < y_hat.rows(); ++i) {
    out << "| final prediction, person " << i + 1 << " | " << kArticlePredictions[i] << " | "
        << fixed(numpy["predictions_final"](i, 0), 4) << " | " << fixed(y_hat(i, 0), 4) << " |\n";
  }
  out << "| P(male) for 68 in, 145 lb | not printed | "
      << fixed(numpy["new_person_probability"](0, 0), 3) << " | "
      << fixed(predict_probability(net, input_scaling(Scaling::centre, people_raw()), 68, 145), 3)
      << " |\n"
      << "/// [errata table]\n";
  return out ? 0 : 1;
}
