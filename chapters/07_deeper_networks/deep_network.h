// deep_network.h - chapter 7: a network of any depth, from chapters 2 and 4's parts.
//
// L hidden layers of H neurons each, then chapter 2's sigmoid output layer.
// Layers are numbered as on the page and in every program's output: layer 1
// takes the inputs, layer L + 1 is the output layer. C++ vectors count from
// 0, so layer l's weights are W[l-1] and b[l-1], and its output is a[l]:
//   a[0] = X                                   (N,I): the inputs
//   a[l+1] = f(dense_forward(a[l], W[l], b[l]))  (N,H) for l < L: layer l + 1, hidden
//   y_hat = a[L+1] = sigmoid(a[L] @ W[L] + b[L]) (N,O): layer L + 1, the output
// With L = 1 and H = 4 this is the article's 2-4-1 network, weight for weight.
// Tests: tests/test_chapter7.cpp and tests/exercises/test_chapter7_exercises.cpp.
#pragma once

#include <string>
#include <vector>

#include "07_deeper_networks/activations.h"
#include "matrix.h"
#include "names.h"

// How the first weights are scaled: W = randn(fan_in, fan_out) * s, with
//   article  s = the init scale (0.3): the same for every layer
//   lecun    s = sqrt(1 / fan_in): keeps the size of z steady through tanh layers
//            (LeCun et al., 1998)
//   xavier   s = sqrt(2 / (fan_in + fan_out)): the same, averaged with the
//            backward pass's need (Glorot and Bengio, 2010; PyTorch's xavier_normal_)
//   he       s = sqrt(2 / fan_in): as lecun, for ReLU, which switches half the
//            units off (He et al., 2015; PyTorch's kaiming_normal_)
enum class Init { article, lecun, xavier, he };
inline constexpr Names<Init, 4> kInitNames{{{Init::article, "article"},
                                            {Init::lecun, "lecun"},
                                            {Init::xavier, "xavier"},
                                            {Init::he, "he"}}};
// "article", "lecun", "xavier" or "he"; and back (std::invalid_argument for any other word).
inline const char* init_name(Init kind) { return name_of(kInitNames, kind); }
inline Init init_named(const std::string& name) {
  return value_named(kInitNames, name, "initialisation");
}

//! [deep settings]
// The shape of a deep network and how it starts. The defaults are this
// chapter's experiment: eight sigmoid layers, started the article's way.
struct DeepSettings {
  int depth = 8;  // L: hidden layers (the article has 1)
  int width = 8;  // H: neurons in each hidden layer (the article has 4)
  Activation activation = Activation::sigmoid;  // of the hidden layers; the output is sigmoid
  Init init = Init::article;                    // randn * init_scale, as in the article
};
//! [deep settings]

// Everything a deep network knows: W[l] (fan_in, fan_out) and b[l] (1, fan_out)
// for l = 0 ... L, layer l + 1's; W[0] (layer 1) next to the inputs.
struct DeepNetwork {
  std::vector<Matrix> W;
  std::vector<Matrix> b;
  Activation activation = Activation::sigmoid;  // of the hidden layers
};

// Layer sizes I, H, ..., H, O (L + 2 numbers); weights drawn layer by layer
// from the input side with NumPy's random numbers for `seed`, biases zero.
// init_scale is the article's s (used by Init::article only).
DeepNetwork init_deep_network(const DeepSettings& deep, int inputs, int outputs, std::uint32_t seed,
                              double init_scale);

// What the forward pass keeps: a[0] = X, a[l] = the output of layer l
// (l = 1 ... L + 1), so a.back() is y_hat (N,O). Backprop reads every one of them.
struct DeepCache {
  std::vector<Matrix> a;
};

// The forward pass: X (N,I) -> every layer's output.
DeepCache deep_forward(const DeepNetwork& net, const Matrix& X);

// One gradient per parameter, shaped like it: dW[l] like W[l], db[l] like b[l]
// (layer l + 1's).
struct DeepGradients {
  std::vector<Matrix> dW;
  std::vector<Matrix> db;
};

// The backward pass: deep_forward read backwards, layer L + 1 down to layer 1,
// starting from chapter 4's output_delta. y is (N,O).
DeepGradients deep_backward(const DeepNetwork& net, const Matrix& y, const DeepCache& cache);
