// experiments.cpp - chapter 7: the comparisons, printed.
#include "07_deeper_networks/experiments.h"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <numeric>

#include "02_stacking_layers/dataset.h"
#include "03_loss/loss.h"
#include "07_deeper_networks/deep_training.h"

void print_gradient_norms(std::ostream& out, const LayerNorms& norms) {
  const std::size_t layers = norms.front().size();
  out << "Gradient size |dW| of each layer at the first step (same seed and init;\n"
      << "layer 1 takes the inputs, layer " << layers << " is the sigmoid output layer;\n"
      << "the last row is not a layer: layer 1's size divided by layer " << layers << "'s):\n"
      << std::setw(12) << "layer";
  for (const Activation kind : kActivations) out << std::setw(13) << activation_name(kind);
  out << "\n" << std::scientific << std::setprecision(2);
  for (std::size_t l = 0; l < layers; ++l) {
    out << std::setw(12) << l + 1;
    for (const std::vector<double>& column : norms) out << std::setw(13) << column[l];
    out << "\n";
  }
  out << std::setw(12) << "ratio 1/" + std::to_string(layers);
  for (const std::vector<double>& column : norms)
    out << std::setw(13) << column.front() / column.back();
  out << "\n" << std::defaultfloat;
}

void print_training(std::ostream& out, const DeepNetwork& net, const DataSet& data,
                    const std::vector<double>& losses, int every, const Revivals& revivals) {
  out << "\nTraining (" << activation_name(net.activation) << "), loss every " << every
      << " epochs:\n"
      << std::fixed << std::setprecision(4);
  for (std::size_t epoch = 0; epoch < losses.size(); epoch += every) {
    out << "  epoch " << std::setw(5) << epoch << "  loss " << losses[epoch] << "\n";
  }
  const DeepCache trained = deep_forward(net, data.X);  // the trained network's answers
  const Matrix& y_hat = trained.a.back();
  out << "After " << losses.size() << " epochs: loss " << bce_loss(y_hat, data.y) << ", accuracy "
      << std::setprecision(1) << 100 * accuracy_at_one_half(y_hat, data.y) << "%\n";
  const std::vector<double>& p = y_hat.values();  // the answers' spread: one half for all?
  out << std::setprecision(9) << "Predictions from " << *std::min_element(p.begin(), p.end())
      << " to " << *std::max_element(p.begin(), p.end()) << "\n";
  if (net.activation == Activation::relu) {
    const DeadUnits dead = find_dead_units(trained);
    std::vector<long> by_layer;  // dead units in hidden layer 1 ... L
    for (const std::vector<bool>& layer : dead) {
      by_layer.push_back(std::count(layer.begin(), layer.end(), true));
    }
    out << "Dead units (output 0 for every example): "
        << std::accumulate(by_layer.begin(), by_layer.end(), 0L) << " of "
        << (net.W.size() - 1) * net.W.front().cols() << " at the end\n  (by hidden layer, 1 to "
        << dead.size() << ":";
    for (const long count : by_layer) out << " " << count;
    out << ")\nDead units that came back during training: ";
    if (revivals.total() == 0) {
      out << "none\n";
    } else {
      out << revivals.total() << ", the first at epoch " << revivals.first_epoch
          << "\n  (by hidden layer, 1 to " << revivals.by_layer.size() << ":";
      for (const int count : revivals.by_layer) out << " " << count;
      out << ")\n";
    }
  }
  out << std::defaultfloat;
}

DepthComparison compare_depths(const DeepSettings& deep, const DataSet& data,
                               const Settings& settings) {
  DepthComparison comparison;
  comparison.depths = {1, 2, 4, 8};
  DeepSettings sigmoid_article = deep, relu_he = deep;
  sigmoid_article.activation = Activation::sigmoid;
  sigmoid_article.init = Init::article;
  relu_he.activation = Activation::relu;
  relu_he.init = Init::he;
  comparison.networks = {sigmoid_article, relu_he};
  for (DeepSettings network : comparison.networks) {
    comparison.losses.emplace_back();
    for (const int depth : comparison.depths) {
      network.depth = depth;
      DeepNetwork net =
          init_deep_network(network, kInputs, kOutputs, settings.seed, settings.init_scale);
      comparison.losses.back().push_back(train_deep(net, data.X, data.y, settings));
    }
  }
  return comparison;
}

void print_depth_comparison(std::ostream& out, const DepthComparison& comparison) {
  out << "\nThe last epoch's loss at other depths (everything else as above):\n"
      << std::setw(12) << "depth";
  for (const DeepSettings& network : comparison.networks) {
    out << std::setw(20)
        << std::string(activation_name(network.activation)) + " + " + init_name(network.init);
  }
  out << "\n" << std::fixed << std::setprecision(4);
  for (std::size_t d = 0; d < comparison.depths.size(); ++d) {
    out << std::setw(12) << comparison.depths[d];
    for (const auto& by_depth : comparison.losses) out << std::setw(20) << by_depth[d].back();
    out << "\n";
  }
  out << std::defaultfloat;
}

std::string what_the_norms_show(const LayerNorms& norms) {
  const auto first_over_last = [](const std::vector<double>& column) {
    return column.front() / column.back();
  };
  char text[300];
  std::snprintf(text, sizeof text,
                "What to notice: the first layer's gradient is %.1e times the output\n"
                "layer's with sigmoid, %.1e times with tanh and %.1e times with ReLU.\n"
                "Gradient descent moves each layer in proportion to its gradient: where\n"
                "the gradient is tiny, that layer hardly learns.\n",
                first_over_last(norms[0]), first_over_last(norms[1]), first_over_last(norms[2]));
  return text;
}
