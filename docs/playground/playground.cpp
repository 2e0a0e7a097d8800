// playground.cpp - the book's own training code, called from a web page.
//
// emcc compiles this file with chapters 1 to 6 (the same files chapter_5 and
// chapter_6 are built from: no Boost, no gnuplot) into WebAssembly. The page's
// JavaScript (playground.js) calls three C functions:
//   nn_start(seed, hidden, learning_rate, epochs, print_every, scaling)  a new network,
//                                    as chapter 5 starts one (the numbers as typed, checked here)
//   nn_print_every()                 how often to print a loss (chapter_5's --print-every)
//   nn_train(epochs)                                 that many more epochs of chapter 5's train()
//   nn_loss()                                        the loss now (chapter 5's "after all" line)
//   nn_stuck_warning()               chapter_5's warning if the loss stopped moving, or ""
//   nn_probability(height, weight)                   chapter 6's answer for one person
// Training in pieces gives the same numbers as training in one go: an epoch
// depends only on the network the previous one left behind.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "03_loss/loss.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "plumbing/option_limits.h"

namespace {

struct Playground {
  Settings settings;
  InputScaling scaling;
  Matrix X, y;  // (N,I) scaled inputs, (N,O) labels
  Network net;
  int epoch = 0;               // epochs trained so far
  std::vector<double> losses;  // every loss so far, losses[e] at epoch e (as TrainingHistory)
  int print_every = Settings{}.print_every;
  std::string reply;  // the text the last call returns (valid until the next call)
};
Playground playground;

const char* reply(const std::string& text) {
  playground.reply = text;
  return playground.reply.c_str();
}

// "" if the text typed in a field is a number chapter_5 would take for that
// option, else the message: the field, its range, what was typed.
std::string refusal(const char* field, const OptionRange& range, const std::string& typed,
                    double& value) {
  if (parse_number(typed, value) && in_range(range, value)) return "";
  std::string shown = typed.size() > 24 ? typed.substr(0, 21) + "..." : typed;
  for (char& c : shown) c = (c < 32 || c == 127) ? '?' : c;
  return std::string(field) + " must be " + range.accepts + " (as chapter_5 --" + range.name +
         "), got " + (typed.empty() ? std::string("nothing") : "'" + shown + "'");
}

}  // namespace

extern "C" {

// Starts over with chapter 5's first weights for these settings. Returns ""
// or, for settings chapter_5 would refuse, a message saying why.
// scaling: 0 none, 1 centre (the article's), 2 standardise.
const char* nn_start(const char* seed_text, const char* hidden_text, const char* rate_text,
                     const char* epochs_text, const char* every_text, int scaling) {
  try {
    double seed = 0, hidden = 0, learning_rate = 0, epochs = 0, every = 0;
    for (const std::string& problem :
         {refusal("the learning rate", kLearningRateRange, rate_text, learning_rate),
          refusal("hidden units", kHiddenRange, hidden_text, hidden),
          refusal("epochs", kEpochsRange, epochs_text, epochs),
          refusal("print every", kPrintEveryRange, every_text, every),
          refusal("the seed", kSeedRange, seed_text, seed)}) {
      if (!problem.empty()) return reply(problem);
    }
    if (scaling < 0 || scaling > 2) return reply("scaling: none, centre or standardise");
    Settings s;
    s.seed = static_cast<std::uint32_t>(seed);
    s.hidden = static_cast<int>(hidden);
    s.learning_rate = learning_rate;
    s.epochs = static_cast<int>(epochs);
    playground.print_every = static_cast<int>(every);
    s.scaling = static_cast<Scaling>(scaling);
    const Matrix raw = people_raw();
    playground.settings = s;
    playground.scaling = input_scaling(s.scaling, raw);
    playground.X = scale_inputs(raw, playground.scaling);
    playground.y = labels();
    playground.net = init_network(s);
    playground.epoch = 0;
    playground.losses.clear();
    return reply("");
  } catch (const std::exception& error) {
    return reply(std::string("error: ") + error.what());
  }
}

int nn_print_every() { return playground.print_every; }

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
      playground.losses.push_back(loss);
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

// What chapter_5 warns on its error stream after the same run, without the
// "warning: ", or "" if the loss kept moving (chapter 5's stuck_warning).
const char* nn_stuck_warning() { return reply(stuck_warning(playground.losses)); }

// P(male) for a person of this height (in) and weight (lb), from the network
// as trained so far: chapter 6's predict_probability.
double nn_probability(double height, double weight) {
  return predict_probability(playground.net, playground.scaling, height, weight);
}

}  // extern "C"
