// Chapter 6: prediction. Train the network (chapter 5), then ask it about a
// person it has never seen.
#include <iomanip>
#include <iostream>

#include "02_stacking_layers/dataset.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"

int main() {
  const Settings settings;
  std::cout << std::fixed << std::setprecision(4);
  std::cout << "Chapter 6: prediction for a new person\n\n";

  Network net = init_network(settings);
  const TrainingHistory history = train(net, centre_people(people_raw()), labels(), settings);
  std::cout << "trained " << settings.epochs << " epochs; the last epoch's loss was "
            << history.losses.back() << "\n\n";

  //! [predict]
  const double height = 68.0;   // inches
  const double weight = 145.0;  // pounds
  const Matrix person = centre_people(Matrix{{height, weight}});
  print(std::cout, "new person, centred like the training data", person, 0);
  const double probability = predict_probability(net, height, weight);
  std::cout << std::setprecision(3) << "P(male) = " << probability << "  ->  "
            << (probability > 0.5 ? "male" : "female") << "\n";
  //! [predict]

  std::cout << "\nWhat to notice: 68 in and 145 lb sits between the two men and the two women,\n"
               "a little on the men's side of the centre (67, 140); the network answers with\n"
               "near certainty. A sigmoid output is confident, not necessarily right.\n";
  return 0;
}
