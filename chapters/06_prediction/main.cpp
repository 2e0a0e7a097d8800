// Chapter 6: prediction. Train the network (chapter 5), then ask it about a
// person it has never seen.
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <stdexcept>
#include <string>

#include "02_stacking_layers/dataset.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "chapter6_figures.h"
#include "chapter_run.h"
#include "network_file.h"

int main(int argc, char** argv) try {
  const ChapterRun run(argc, argv, "chapter_6", "prediction for a new person",
                       kPersonOptions | kWeightsOption);
  // The article's new person (68 in, 145 lb), unless --height and --weight say otherwise.
  const NewPerson person = run.person();
  const std::string& weights_path = run.weights_path();
  std::cout << std::fixed << std::setprecision(4);
  std::cout << "Chapter 6: prediction for a new person\n\n";

  //! [load or train]
  // The network chapter 5 trained and saved, if there is one; if not, train
  // one now with the article's settings. A file named on the command line
  // must exist.
  Network net;
  if (run.weights_path_given() || std::filesystem::exists(weights_path)) {
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
  const Matrix centred = centre_people(Matrix{{person.height, person.weight}});  // (1,I)
  print(std::cout, "new person, centred like the training data", centred, 0);
  const double probability = predict_probability(net, person.height, person.weight);
  if (!std::isfinite(probability)) {  // e.g. weights so large that inf - inf appears
    throw std::runtime_error("the network's answer is not a number (" +
                             std::to_string(probability) +
                             "): its weights are too extreme for these inputs");
  }
  std::cout << std::setprecision(3) << "P(male) = " << probability << "  ->  "
            << (probability > 0.5 ? "male" : "female") << "\n";
  //! [predict]

  draw_decision_boundary(run.figure_folder(), net, person);
  draw_sensitivity(run.figure_folder(), net, person);

  std::cout << "\nWhat to notice: a new person is compared with the centre (67 in, 140 lb),\n"
               "not with raw numbers, exactly as the training data were. Four examples are\n"
               "enough for a confident answer, not for a trustworthy one: the figures show how\n"
               "sharply the answer flips between the two groups.\n";
  return 0;
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_6", error);
}
