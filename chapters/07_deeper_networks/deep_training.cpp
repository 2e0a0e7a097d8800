// deep_training.cpp - chapter 7: initialisation, the training loop, measurements.
#include "07_deeper_networks/deep_training.h"

#include <cmath>
#include <stdexcept>

#include "03_loss/loss.h"
#include "05_training_loop/training.h"
#include "numpy_random.h"

//! [init]
DeepNetwork init_deep_network(const DeepSettings& deep, int inputs, int outputs, std::uint32_t seed,
                              double init_scale) {
  std::vector<int> sizes{inputs};  // I, H, ..., H, O
  for (int l = 0; l < deep.depth; ++l) sizes.push_back(deep.width);
  sizes.push_back(outputs);
  NumpyRandom rng(seed);
  DeepNetwork net;
  net.activation = deep.activation;
  for (std::size_t l = 0; l + 1 < sizes.size(); ++l) {  // from the input side
    const int fan_in = sizes[l];
    const int fan_out = sizes[l + 1];
    double scale = init_scale;                                                   // article
    if (deep.init == Init::lecun) scale = std::sqrt(1.0 / fan_in);               // tanh's
    if (deep.init == Init::xavier) scale = std::sqrt(2.0 / (fan_in + fan_out));  // tanh's too
    if (deep.init == Init::he) scale = std::sqrt(2.0 / fan_in);                  // ReLU's
    net.W.push_back(scale * rng.randn(fan_in, fan_out));  // (fan_in, fan_out)
    net.b.push_back(Matrix(1, fan_out));                  // (1, fan_out), zeros
  }
  return net;
}
//! [init]

std::vector<double> layer_gradient_norms(const DeepNetwork& net, const Matrix& X, const Matrix& y) {
  const DeepGradients grads = deep_backward(net, y, deep_forward(net, X));
  std::vector<double> norms;
  for (const Matrix& dW : grads.dW) norms.push_back(gradient_norm(dW));
  return norms;
}

DeadUnits find_dead_units(const DeepCache& cache) {
  DeadUnits dead;
  for (std::size_t l = 1; l + 1 < cache.a.size(); ++l) {  // the hidden layers' outputs
    const Matrix& a = cache.a[l];                         // (N,H)
    dead.emplace_back(a.cols(), true);
    for (int unit = 0; unit < a.cols(); ++unit) {
      for (int n = 0; n < a.rows(); ++n) {
        if (a(n, unit) != 0.0) dead.back()[unit] = false;  // on for example n
      }
    }
  }
  return dead;
}

void Revivals::watch(int epoch, const DeadUnits& dead) {
  if (by_layer.empty()) by_layer.assign(dead.size(), 0);
  for (std::size_t l = 0; l < last_seen.size(); ++l) {
    for (std::size_t unit = 0; unit < last_seen[l].size(); ++unit) {
      if (last_seen[l][unit] && !dead[l][unit]) {  // dead before, alive now
        ++by_layer[l];
        if (first_epoch < 0) first_epoch = epoch;
      }
    }
  }
  last_seen = dead;
}

int Revivals::total() const {
  int sum = 0;
  for (const int count : by_layer) sum += count;
  return sum;
}

double accuracy_at_one_half(const Matrix& y_hat, const Matrix& y) {
  const Matrix right = zip_with("accuracy", "vs", y_hat, y, [](double p, double label) {
    return (p > 0.5) == (label == 1.0) ? 1.0 : 0.0;
  });
  return mean(right);
}

//! [train_deep]
std::vector<double> train_deep(DeepNetwork& net, const Matrix& X, const Matrix& y,
                               const Settings& settings, Revivals* revivals) {
  std::vector<double> losses;
  for (int epoch = 0; epoch < settings.epochs; ++epoch) {
    const DeepCache cache = deep_forward(net, X);
    if (revivals != nullptr) revivals->watch(epoch, find_dead_units(cache));
    const double loss = bce_loss(cache.a.back(), y);
    if (!std::isfinite(loss)) throw TrainingDiverged(epoch, loss, settings);
    losses.push_back(loss);
    const DeepGradients grads = deep_backward(net, y, cache);
    for (std::size_t l = 0; l < net.W.size(); ++l) {  // chapter 5's step, layer by layer
      net.W[l] -= settings.learning_rate * grads.dW[l];
      net.b[l] -= settings.learning_rate * grads.db[l];
    }
  }
  return losses;
}
//! [train_deep]
