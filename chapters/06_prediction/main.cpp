// Chapter 6: prediction. Train the network (chapter 5), then ask it about a
// person it has never seen.
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <utility>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "05_training_loop/network_file.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "chapter_run.h"
#include "figure.h"
#include "settings_options.h"

namespace {

constexpr double kHeightMin = 56, kHeightMax = 78;    // inches shown in the figures
constexpr double kWeightMin = 100, kWeightMax = 180;  // pounds

// P(male) over the height/weight plane as a heat map, the line where it
// crosses 0.5 (the decision boundary), the four training people and the new one.
void draw_decision_boundary(const ChapterRun& run, const Network& net, double height,
                            double weight) {
  auto gp = start_figure(run, "ch6_decision_boundary");
  if (!gp) return;
  *gp << "set xlabel 'height (in)'\nset ylabel 'weight (lb)'\n"
      << "set xrange [" << kHeightMin << ":" << kHeightMax << "]\nset yrange [" << kWeightMin << ":"
      << kWeightMax << "]\n"
      << "set cblabel 'P(male)'\nset cbrange [0:1]\nset grid front\nset key top left\n"
      << "set palette defined (0 '#D55E00', 0.5 '#ffffff', 1 '#0072B2')\n"
      << "plot '-' with image notitle, '-' with lines lt 7 title 'P(male) = 0.5', "
         "'-' with points lt 7 pt 4 ps 1.6 lw 2 title 'women (training)', "
         "'-' with points lt 7 pt 6 ps 1.6 lw 2 title 'men (training)', "
         "'-' with points lt 5 pt 9 ps 2.2 title 'the new person'\n";
  // The heat map: one row of pixels per weight, one pixel per half inch.
  std::vector<std::pair<std::pair<double, double>, double>> pixels;
  for (double w = kWeightMin; w <= kWeightMax + 1e-9; w += 1.0) {
    for (double h = kHeightMin; h <= kHeightMax + 1e-9; h += 0.5) {
      pixels.push_back({{h, w}, predict_probability(net, h, w)});
    }
  }
  for (const auto& [at, p] : pixels) *gp << at.first << " " << at.second << " " << p << "\n";
  *gp << "e\n";
  // The boundary: for each height, the weight where P(male) crosses 0.5,
  // found by scanning upwards and interpolating between the two pounds around it.
  std::vector<std::pair<double, double>> boundary;
  for (double h = kHeightMin; h <= kHeightMax + 1e-9; h += 0.1) {
    for (double w = kWeightMin; w < kWeightMax; w += 0.25) {
      const double p0 = predict_probability(net, h, w) - 0.5;
      const double p1 = predict_probability(net, h, w + 0.25) - 0.5;
      if ((p0 < 0) != (p1 < 0)) {
        boundary.emplace_back(h, w + 0.25 * p0 / (p0 - p1));
        break;
      }
    }
  }
  gp->send1d(boundary);
  std::vector<std::pair<double, double>> women, men;
  const Matrix raw = people_raw();
  const Matrix y = labels();
  for (int i = 0; i < raw.rows(); ++i) {
    (y(i, 0) == 1.0 ? men : women).emplace_back(raw(i, 0), raw(i, 1));
  }
  gp->send1d(women);
  gp->send1d(men);
  gp->send1d(std::vector<std::pair<double, double>>{{height, weight}});
}

// How the answer moves when only height, or only weight, changes.
void draw_sensitivity(const ChapterRun& run, const Network& net, double height, double weight) {
  auto gp = start_figure(run, "ch6_sensitivity");
  if (!gp) return;
  const double p = predict_probability(net, height, weight);  // the marked point
  std::vector<std::pair<double, double>> by_height, by_weight;
  for (double h = kHeightMin; h <= kHeightMax + 1e-9; h += 0.1) {
    by_height.emplace_back(h, predict_probability(net, h, weight));
  }
  for (double w = kWeightMin; w <= kWeightMax + 1e-9; w += 0.25) {
    by_weight.emplace_back(w, predict_probability(net, height, w));
  }
  *gp << "set multiplot layout 1,2\nset yrange [-0.05:1.05]\nset ylabel 'P(male)'\n"
      << "unset key\nset xrange [" << kHeightMin << ":" << kHeightMax << "]\n"
      << "set xlabel 'height (in), weight fixed at " << number_text(weight) << " lb'\n"
      << "plot 0.5 lt 8 notitle, '-' with lines lt 1 notitle, '-' with points lt 7 notitle\n";
  gp->send1d(by_height);
  gp->send1d(std::vector<std::pair<double, double>>{{height, p}});
  *gp << "set xlabel 'weight (lb), height fixed at " << number_text(height) << " in'\n"
      << "unset ylabel\nset xrange [" << kWeightMin << ":" << kWeightMax << "]\n"
      << "plot 0.5 lt 8 notitle, '-' with lines lt 2 notitle, '-' with points lt 7 notitle\n";
  gp->send1d(by_weight);
  gp->send1d(std::vector<std::pair<double, double>>{{weight, p}});
  *gp << "unset multiplot\n";
}

}  // namespace

int main(int argc, char** argv) try {
  double height = 68.0;   // inches: the article's new person,
  double weight = 145.0;  // pounds: unless --height and --weight say otherwise
  std::string weights_path = NN_DEFAULT_WEIGHTS;
  boost::program_options::options_description options = person_options(height, weight);
  options.add(weights_option(weights_path));
  ChapterRun run(argc, argv, "chapter_6", "prediction for a new person", options);
  std::cout << std::fixed << std::setprecision(4);
  std::cout << "Chapter 6: prediction for a new person\n\n";

  //! [load or train]
  // The network chapter 5 trained and saved, if there is one; if not, train
  // one now with the article's settings. A file named on the command line
  // must exist.
  const bool named = !run.options()["weights"].defaulted();
  Network net;
  if (named || std::filesystem::exists(weights_path)) {
    net = load_network(weights_path, kInputs, kOutputs);
    std::cout << "loaded the trained network from " << weights_path << "\n\n";
  } else {
    const Settings settings;
    net = init_network(settings);
    const TrainingHistory history = train(net, centre_people(people_raw()), labels(), settings);
    std::cout << "no trained network at " << weights_path << " (run chapter_5 to save one), so\n"
              << "trained one now: " << settings.epochs << " epochs, last loss "
              << history.losses.back() << "\n\n";
  }
  //! [load or train]

  //! [predict]
  const Matrix person = centre_people(Matrix{{height, weight}});
  print(std::cout, "new person, centred like the training data", person, 0);
  const double probability = predict_probability(net, height, weight);
  std::cout << std::setprecision(3) << "P(male) = " << probability << "  ->  "
            << (probability > 0.5 ? "male" : "female") << "\n";
  //! [predict]

  draw_decision_boundary(run, net, height, weight);
  draw_sensitivity(run, net, height, weight);

  std::cout << "\nWhat to notice: a new person is compared with the centre (67 in, 140 lb),\n"
               "not with raw numbers, exactly as the training data were. Four examples are\n"
               "enough for a confident answer, not for a trustworthy one: the figures show how\n"
               "sharply the answer flips between the two groups.\n";
  return 0;
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_6", error);
}
