// settings_options.cpp - the experiment's options, each checked as it is read.
#include "settings_options.h"

#include <cmath>

#include "chapter_run.h"

namespace po = boost::program_options;

namespace {

// The message every rejected value gets: which option, what it accepts, what it got.
[[noreturn]] void reject(const std::string& option, const std::string& accepts,
                         const std::string& got) {
  throw po::error(option + " must be " + accepts + ", got " + got);
}

// An integer option stored into `target` after a range check.
template <typename Target>
po::typed_value<long long>* whole_number(const std::string& option, long long low, long long high,
                                         Target& target) {
  return po::value<long long>()
      ->default_value(static_cast<long long>(target))
      ->value_name("N")
      ->notifier([option, low, high, &target](long long value) {
        if (value < low || value > high) {
          reject(option,
                 "a whole number from " + std::to_string(low) + " to " + std::to_string(high),
                 std::to_string(value));
        }
        target = static_cast<Target>(value);
      });
}

// A real-valued option stored into `target`: finite, and within [low, high].
po::typed_value<double>* real_number(const std::string& option, double low, double high,
                                     const std::string& accepts, double& target) {
  return po::value<double>()->default_value(target)->value_name("X")->notifier(
      [option, low, high, accepts, &target](double value) {
        if (!std::isfinite(value) || value < low || value > high) {
          reject(option, accepts, number_text(value));
        }
        target = value;
      });
}

}  // namespace

po::options_description seed_option(Settings& settings) {
  po::options_description options("The experiment");
  options.add_options()("seed", whole_number("--seed", 0, 4294967295LL, settings.seed),
                        "random seed for the first weights, as in np.random.seed");
  return options;
}

po::options_description training_options(Settings& settings) {
  po::options_description options = seed_option(settings);
  options.add_options()  //
      ("lr",
       real_number("--lr", std::nextafter(0.0, 1.0), 1e308, "a number above 0",
                   settings.learning_rate),
       "learning rate: how far each step moves the weights")  //
      ("init-scale",
       real_number("--init-scale", std::nextafter(0.0, 1.0), 1e308, "a number above 0",
                   settings.init_scale),
       "first weights are randn times this (the article: 0.3, 'a calm start')")  //
      ("epochs", whole_number("--epochs", 1, kMaxEpochs, settings.epochs),
       "training epochs (passes over the four people)")  //
      ("hidden", whole_number("--hidden", 1, kMaxHidden, settings.hidden),
       "neurons in the hidden layer")  //
      ("print-every", whole_number("--print-every", 1, kMaxEpochs, settings.print_every),
       "print the loss every N epochs");
  return options;
}

po::options_description person_options(double& height, double& weight) {
  po::options_description options("The new person");
  options.add_options()  //
      ("height",
       real_number("--height", kMinHeight, kMaxHeight, "a human height in inches, from 20 to 110",
                   height),
       "height in inches")  //
      ("weight",
       real_number("--weight", kMinWeight, kMaxWeight, "a human weight in pounds, from 5 to 1500",
                   weight),
       "weight in pounds");
  return options;
}

po::options_description weights_option(std::string& path) {
  po::options_description options("The trained network");
  options.add_options()("weights",
                        po::value<std::string>(&path)->default_value(path)->value_name("FILE"),
                        "text file holding the trained network's weights");
  return options;
}
