// exercises/prediction.cpp - YOUR TURN: chapter 6's exercise.
//
// Replace the todo(...) line with your code, then run
//     cmake --workflow --preset exercises
// The book's page "6 · Asking about someone new" explains what you need.
// The "//! [name]" lines mark where the exercise starts and ends: keep them.
#include "06_prediction/prediction.h"

#include "02_stacking_layers/dataset.h"
#include "todo.h"

//! [predict]
double predict_probability(const Network& net, const InputScaling& scaling, double height_in,
                           double weight_lb) {
  // TODO (exercise 13): make the person a (1,I) row, scale it exactly as the
  // training data were scaled (`scaling`), run the network, return its one output.
  todo("predict_probability");
}
//! [predict]
