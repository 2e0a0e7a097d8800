// exercises/backprop.cpp - YOUR TURN: chapter 4's exercises.
//
// Replace each todo(...) line with your code, then run
//     cmake --workflow --preset exercises
// The book's page "4 · Backpropagation" derives every formula, steps 1 to 4.
// The "//! [name]" lines mark where each exercise starts and ends: keep them.
#include "04_backprop/backprop.h"

#include "todo.h"

//! [output_delta]
Matrix output_delta(const Matrix& y_hat, const Matrix& y) {
  // TODO (exercise 7): dz2, the gradient at the output neuron's z, per example.
  // y_hat (N,O), y (N,O) -> (N,O). (Book: step 1.)
  todo("output_delta");
}
//! [output_delta]

//! [dense_backward]
DenseGradients dense_backward(const Matrix& dz, const Matrix& input, const Matrix& W) {
  // TODO (exercise 8): a dense layer's backward pass, given dz (N,H), the
  // layer's input (N,I) and its weights W (I,H):
  //   dW (I,H): the input's transpose times dz, averaged over the N examples;
  //   db (1,H): the mean of dz over its rows;
  //   dinput (N,I): dz times W's transpose.   (Book: steps 2 and 4.)
  todo("dense_backward");
}
//! [dense_backward]

//! [sigmoid_backward]
Matrix sigmoid_backward(const Matrix& da, const Matrix& a) {
  // TODO (exercise 9): the gradient at z, given the gradient da at
  // a = sigmoid(z), using only a. All (R,C), element by element. (Book: step 3.)
  todo("sigmoid_backward");
}
//! [sigmoid_backward]

//! [backward]
Gradients backward(const Network& net, const Matrix& X, const Matrix& y,
                   const ForwardCache& cache) {
  // TODO (exercise 10): chain the three functions above, from the loss back
  // to the input, forward() in reverse: the output layer first; then its
  // dinput, the gradient at the hidden activations, back through the hidden
  // sigmoid; then the hidden layer. Return {dW1, db1, dW2, db2}.
  todo("backward");
}
//! [backward]
