// Chapter 7: deeper networks. Stack more hidden layers and watch the gradient
// shrink on its way back through sigmoids; then see tanh and ReLU keep it.
#include <iostream>

#include "02_stacking_layers/dataset.h"
#include "07_deeper_networks/data_sets.h"
#include "07_deeper_networks/deep_training.h"
#include "07_deeper_networks/experiments.h"
#include "chapter7_figures.h"
#include "plumbing/command_line.h"

int main(int argc, char** argv) try {
  DeepSettings deep;              // this chapter's experiment, unless the options say otherwise
  Settings settings;              // the article's, except:
  settings.learning_rate = 0.05;  // a third: at 0.15, deep ReLU and tanh runs spike (see the page)
  settings.epochs = 2000;         // half: enough to tell the depths apart
  settings.print_every = 200;
  std::string data_name = "spirals";
  int other_depths = 1;  // --compare-depths
  CommandLine options("chapter_7", "deeper networks: vanishing gradients, tanh and ReLU");
  options.seed(settings).training(settings);
  options.number(deep.depth, kDepthRange, "L: hidden layers")
      .number(deep.width, kWidthRange, "H: neurons in each hidden layer")
      .number(other_depths, kCompareDepthsRange,
              "1: also train at depths 1, 2, 4, 8 (most of the time); 0: skip")
      .choice("activation", deep.activation, kActivationNames, "activation of the hidden layers")
      .choice("init", deep.init, kInitNames,
              "first weights: randn times --init-scale, sqrt(1/fan_in), "
              "sqrt(2/(fan_in+fan_out)) or sqrt(2/fan_in)")
      .word("data", data_name, {"spirals", "people"},
            "two spirals (100 points) or the four people");
  if (options.parse(argc, argv) == Parsed::help_shown) return 0;
  const DataSet data = data_set_named(data_name);
  std::cout << "Chapter 7: deeper networks\n\nNetwork: " << kInputs << " inputs, " << deep.depth
            << (deep.depth == 1 ? " hidden layer of " : " hidden layers of ") << deep.width << " ("
            << activation_name(deep.activation) << "), 1 output; init " << init_name(deep.init)
            << ", seed " << settings.seed << "\nData: " << data_name << ", " << data.X.rows()
            << " examples\n\n";

  //! [gradient norms]
  LayerNorms norms;  // norms[k][l]: |dW| of layer l for kActivations[k]
  for (const Activation kind : kActivations) {
    DeepSettings other = deep;  // the same network, with activation `kind`
    other.activation = kind;
    const DeepNetwork net =
        init_deep_network(other, kInputs, kOutputs, settings.seed, settings.init_scale);
    norms.push_back(layer_gradient_norms(net, data.X, data.y));
  }
  print_gradient_norms(std::cout, norms);
  //! [gradient norms]

  //! [training]
  DeepNetwork net = init_deep_network(deep, kInputs, kOutputs, settings.seed, settings.init_scale);
  Revivals revivals;  // dead units that came back, epoch by epoch
  const std::vector<double> losses = train_deep(net, data.X, data.y, settings, &revivals);
  print_training(std::cout, net, data, losses, settings.print_every, revivals);
  //! [training]

  if (other_depths == 1) {
    //! [depths]
    const DepthComparison by_depth = compare_depths(deep, data, settings);
    print_depth_comparison(std::cout, by_depth);
    //! [depths]
    draw_losses_by_depth(options.figure_folder(), by_depth);
  }
  draw_gradient_norms(options.figure_folder(), norms, deep.init);
  draw_decision_regions(
      options.figure_folder(), net.activation,
      [&](const Matrix& points) { return deep_forward(net, points).a.back(); }, data);
  std::cout << "\n" << what_the_norms_show(norms);
  return finish_output("chapter_7");
} catch (const std::exception& error) {  // e.g. a shape mismatch, an exercise not done
  return report_error("chapter_7", error);
}
