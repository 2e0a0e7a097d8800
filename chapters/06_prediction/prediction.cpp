// prediction.cpp - chapter 6 reference solution: a prediction for a new person.
#include "06_prediction/prediction.h"

#include "02_stacking_layers/dataset.h"

//! [predict]
double predict_probability(const Network& net, const InputScaling& scaling, double height_in,
                           double weight_lb) {
  const Matrix person = scale_inputs(Matrix{{height_in, weight_lb}}, scaling);  // (1,I)
  return forward(net, person).y_hat(0, 0);  // (1,O) -> one number
}
//! [predict]
