// exercises/network.cpp - YOUR TURN: chapter 2's exercises.
//
// Replace each todo(...) line with your code, then run
//     cmake --workflow --preset exercises
// The book's page "2 · Stacking layers" explains everything you need.
// The "//! [name]" lines mark where each exercise starts and ends: keep them.
#include "02_stacking_layers/network.h"

#include "01_single_neuron/neuron.h"
#include "todo.h"

//! [init]
Network init_network(NumpyRandom& rng, int inputs, int hidden, int outputs, double scale) {
  // TODO (exercise 3): W1 (I,H) and W2 (H,O) are standard normal draws times
  // `scale`; b1 (1,H) and b2 (1,O) are zeros. Draw W1 before W2, as NumPy did,
  // or the numbers will not match the article's.
  todo("init_network");
}
//! [init]

//! [dense_forward]
Matrix dense_forward(const Matrix& X, const Matrix& W, const Matrix& b) {
  // TODO (exercise 4): z = X @ W + b, with the row b added to every row.
  // X is (N,I), W is (I,H), b is (1,H) -> (N,H).
  todo("dense_forward");
}
//! [dense_forward]

//! [forward]
ForwardCache forward(const Network& net, const Matrix& X) {
  // TODO (exercise 5): two dense layers, each followed by a sigmoid. Keep the
  // hidden activations a1 (N,H) and the predictions y_hat (N,O) in the cache.
  todo("forward");
}
//! [forward]
