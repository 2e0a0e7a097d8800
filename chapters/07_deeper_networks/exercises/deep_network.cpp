// exercises/deep_network.cpp - YOUR TURN: chapter 7's exercises 16 and 17
// (14 and 15, tanh and ReLU, are in exercises/activations.cpp).
//
// Replace each todo(...) line with your code, then run
//     cmake --workflow --preset exercises
// The book's page "7 · Deeper networks" explains every formula.
// The "//! [name]" lines mark where each exercise starts and ends: keep them.
#include "07_deeper_networks/deep_network.h"

#include <cmath>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/network.h"
#include "04_backprop/backprop.h"
#include "todo.h"

//! [deep_forward]
DeepCache deep_forward(const DeepNetwork& net, const Matrix& X) {
  // TODO (exercise 16): a[0] = X; then for l = 0 ... L (net.W has L + 1
  // entries, W[l] is layer l + 1's), a[l+1] = the activation of
  // dense_forward(a[l], W[l], b[l]): net.activation for the hidden layers
  // (activate()), sigmoid for the last (l = L, layer L + 1).
  todo("deep_forward");
}
//! [deep_forward]

//! [deep_backward]
DeepGradients deep_backward(const DeepNetwork& net, const Matrix& y, const DeepCache& cache) {
  // TODO (exercise 17): deep_forward in reverse. Start from output_delta(y_hat, y);
  // for l = L down to 0 (layer L + 1 down to layer 1), dense_backward gives
  // dW[l] and db[l], and its dinput, sent back through the activation that
  // made a[l] (activation_backward with a[l]), is the dz of the layer below.
  // Return dW and db, L + 1 of each.
  todo("deep_backward");
}
//! [deep_backward]
