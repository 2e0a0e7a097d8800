// Chapter 6: prediction. Train the network (chapter 5), then ask it about a
// person it has never seen.
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

#include "02_stacking_layers/dataset.h"
#include "05_training_loop/network_file.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "chapter6_figures.h"
#include "plumbing/command_line.h"

int main(int argc, char** argv) try {
  NewPerson person;   // the article's (68 in, 145 lb), unless --height and --weight say otherwise
  Settings settings;  // the article's, unless --scaling says otherwise
  std::string weights_path = NN_DEFAULT_WEIGHTS;
  CommandLine options("chapter_6", "prediction for a new person");
  options.person(person).scaling(settings).weights(weights_path);
  if (options.parse(argc, argv) == Parsed::help_shown) return 0;
  std::cout << std::fixed << std::setprecision(4);
  std::cout << "Chapter 6: prediction for a new person\n\n";

  //! [load or train]
  // The network chapter 5 trained and saved, if there is one (a file named
  // with --weights alone must exist) and --scaling does not ask for another
  // scaling; if not, train one now with the article's settings.
  SavedNetwork saved;
  const bool load_from_file = std::filesystem::exists(weights_path) ||
                              (options.given("weights") && !options.given("scaling"));
  if (load_from_file) saved = load_network(weights_path, kInputs, kOutputs);
  const InputScaling asked = input_scaling(settings.scaling, people_raw());
  if (load_from_file && (!options.given("scaling") || same_scaling(saved.scaling, asked))) {
    std::cout << "loaded the trained network from " << weights_path << "\n\n";
  } else {
    saved = {init_network(settings), asked};
    const Matrix X = scale_inputs(people_raw(), asked);
    const TrainingHistory history = train(saved.net, X, labels(), settings);
    std::cout << "no trained network with scaling " << scaling_name(settings.scaling) << " at "
              << weights_path << ",\nso trained one now: " << settings.epochs
              << " epochs, last loss " << history.losses.back() << "\n\n";
  }
  //! [load or train]

  //! [predict]
  print(std::cout, "inputs = (raw - shift) / divide, with shift", saved.scaling.shift, 4);
  print(std::cout, "and divide", saved.scaling.divide, 4);
  const Matrix scaled = scale_inputs(Matrix{{person.height, person.weight}}, saved.scaling);
  print(std::cout, "new person, scaled like the training data", scaled, 4);
  const double p = predict_probability(saved.net, saved.scaling, person.height, person.weight);
  if (!std::isfinite(p)) {  // e.g. weights so large that inf - inf appears
    throw std::runtime_error("the network's answer is not a number (" + std::to_string(p) +
                             "): its weights are too extreme for these inputs");
  }
  std::cout << std::setprecision(3) << "P(male) = " << p << "  ->  "
            << (p > 0.5 ? "male" : "female") << "\n";
  //! [predict]

  const auto p_male = [&](double height, double weight) {
    return predict_probability(saved.net, saved.scaling, height, weight);
  };
  const std::optional<Scaling> kind = scaling_kind(saved.scaling, people_raw());
  draw_decision_boundary(options.figure_folder(), kind, p_male, people_raw(), labels(), person);
  draw_sensitivity(options.figure_folder(), kind, p_male, person);

  std::cout << "\nWhat to notice: the new person is scaled with the very numbers the four\n"
               "training people were (the network never saw inches or pounds). Four examples\n"
               "are enough for a confident answer, not for a trustworthy one: the figures show\n"
               "how sharply the answer flips between the two groups.\n";
  return finish_output("chapter_6");
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_6", error);
}
