// Chapter 4: one forward pass, then one backward pass, every gradient shown.
#include <iostream>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "04_backprop/backprop.h"

int main() {
  const Settings settings;
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

  std::cout << "\nWhat to notice: each gradient has its parameter's shape, so the update\n"
               "W -= lr * dW is well defined. The hidden gradients pass through sigmoid',\n"
               "at most 0.25, on their way back: that is why deep sigmoid stacks learn slowly.\n";
  return 0;
}
