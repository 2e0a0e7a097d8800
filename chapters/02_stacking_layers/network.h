// network.h - chapter 2: stacking neurons into a 2-4-1 network.
//
// A layer of H neurons is H single neurons side by side: their weight columns
// form W (I,H) and their biases form the row b (1,H). Feeding all N examples
// at once turns H*N weighted sums into one matrix product:
//   z1 = X @ W1 + b1        X (N,I) @ W1 (I,H) -> (N,H), b1 added to every row
//   a1 = sigmoid(z1)        (N,H)
//   z2 = a1 @ W2 + b2       a1 (N,H) @ W2 (H,O) -> (N,O)
//   y_hat = sigmoid(z2)     (N,O): one probability per example
// Tests: tests/test_chapter2.cpp and tests/exercises/test_chapter2_exercises.cpp.
#pragma once

#include "02_stacking_layers/dataset.h"
#include "matrix.h"
#include "numpy_random.h"
#include "settings.h"

// Everything the network knows, and everything training changes.
struct Network {
  Matrix W1;  // (I,H): column j holds hidden neuron j's input weights
  Matrix b1;  // (1,H): one bias per hidden neuron
  Matrix W2;  // (H,O): the output neuron's weights, one per hidden neuron
  Matrix b2;  // (1,O): the output neuron's bias
};

// Random weights (randn * scale), zero biases. W1 is drawn before W2, as in
// the article, so the same seed gives the same weights as NumPy.
Network init_network(NumpyRandom& rng, int inputs, int hidden, int outputs, double scale);

// The article's network, kInputs-hidden-kOutputs, seeded from the settings.
inline Network init_network(const Settings& settings) {
  NumpyRandom rng(settings.seed);
  return init_network(rng, kInputs, settings.hidden, kOutputs, settings.init_scale);
}

// One dense layer before its activation: X is (N,I), W is (I,H), b is (1,H)
// -> z = X @ W + b, (N,H), with b added to every row.
Matrix dense_forward(const Matrix& X, const Matrix& W, const Matrix& b);

//! [cache]
// What the forward pass keeps for the backward pass (chapter 4).
struct ForwardCache {
  Matrix a1;     // (N,H): hidden activations; backprop needs them for dW2 and sigmoid'
  Matrix y_hat;  // (N,O): predictions; backprop starts from y_hat - y
};

// The whole network on X (N,I) -> activations and predictions.
ForwardCache forward(const Network& net, const Matrix& X);
//! [cache]
