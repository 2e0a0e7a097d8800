// playground.cpp - the book's own training code, called from a web page.
//
// emcc compiles this file with chapters 1 to 6 (the same files chapter_5 and
// chapter_6 are built from: no Boost, no gnuplot) into WebAssembly. The page's
// JavaScript (playground.js) calls three C functions:
//   nn_start(seed, hidden, learning_rate, scaling)  a new network, as chapter 5 starts one
//   nn_train(epochs)                                 that many more epochs of chapter 5's train()
//   nn_loss()                                        the loss now (chapter 5's "after all" line)
//   nn_probability(height, weight)                   chapter 6's answer for one person
// Training in pieces gives the same numbers as training in one go: an epoch
// depends only on the network the previous one left behind.
#include <cstdio>
#include <exception>
#include <string>

#include "02_stacking_layers/dataset.h"
#include "03_loss/loss.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"

namespace {

struct Playground {
  Settings settings;
  InputScaling scaling;
  Matrix X, y;  // (N,I) scaled inputs, (N,O) labels
  Network net;
  int epoch = 0;      // epochs trained so far
  std::string reply;  // the text the last call returns (valid until the next call)
};
Playground playground;

const char* reply(const std::string& text) {
  playground.reply = text;
  return playground.reply.c_str();
}

}  // namespace

extern "C" {

// Starts over with chapter 5's first weights for these settings. Returns ""
// or, for settings chapter_5 would refuse, a message saying why.
// scaling: 0 none, 1 centre (the article's), 2 standardise.
const char* nn_start(double seed, int hidden, double learning_rate, int scaling) {
  try {
    if (!(seed >= 0 && seed <= 4294967295.0) || seed != static_cast<std::uint32_t>(seed)) {
      return reply("the seed must be a whole number from 0 to 4294967295");
    }
    if (hidden < 1 || hidden > 64) return reply("hidden units: from 1 to 64 here");
    if (!(learning_rate > 0 && learning_rate < 1e308)) {
      return reply("the learning rate must be a number above 0");
    }
    if (scaling < 0 || scaling > 2) return reply("scaling: 0, 1 or 2");
    Settings s;
    s.seed = static_cast<std::uint32_t>(seed);
    s.hidden = hidden;
    s.learning_rate = learning_rate;
    s.scaling = static_cast<Scaling>(scaling);
    const Matrix raw = people_raw();
    playground.settings = s;
    playground.scaling = input_scaling(s.scaling, raw);
    playground.X = scale_inputs(raw, playground.scaling);
    playground.y = labels();
    playground.net = init_network(s);
    playground.epoch = 0;
    return reply("");
  } catch (const std::exception& error) {
    return reply(std::string("error: ") + error.what());
  }
}

// Trains `epochs` more epochs. Returns one line per epoch, "EPOCH LOSS SHOWN":
// the loss before that epoch's update, to 17 digits (for the curve) and as
// chapter_5 prints it (4 decimals); or "error: ..." if training diverged.
const char* nn_train(int epochs) {
  try {
    Settings s = playground.settings;
    s.epochs = epochs;
    const TrainingHistory history = train(playground.net, playground.X, playground.y, s);
    std::string lines;
    char line[64];
    for (const double loss : history.losses) {
      std::snprintf(line, sizeof line, "%d %.17g %.4f\n", playground.epoch++, loss, loss);
      lines += line;
    }
    return reply(lines);
  } catch (const std::exception& error) {
    return reply(std::string("error: ") + error.what());
  }
}

// The loss of the network as trained so far, on the four people: "LOSS SHOWN",
// to 17 digits and as chapter_5's "after all ... epochs" line prints it.
const char* nn_loss() {
  const double loss = bce_loss(forward(playground.net, playground.X).y_hat, playground.y);
  char text[64];
  std::snprintf(text, sizeof text, "%.17g %.4f", loss, loss);
  return reply(text);
}

// P(male) for a person of this height (in) and weight (lb), from the network
// as trained so far: chapter 6's predict_probability.
double nn_probability(double height, double weight) {
  return predict_probability(playground.net, playground.scaling, height, weight);
}

}  // extern "C"
