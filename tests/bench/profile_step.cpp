// profile_step.cpp - trains once with one of chapter 9's trainers, for a
// profiler to count: tests/bench/profile_chapter9.sh runs it under
// valgrind's callgrind, counting only inside train() / train_fast(), and
// divides by the epochs to get instructions per epoch.
//
//   profile_step TRAINER HIDDEN BATCH EPOCHS
//     TRAINER: readable (chapter 5), workspace, fused, vector or threads
//     BATCH 4 with HIDDEN 4 is the article's network on its 4 people;
//     other sizes train on chapter 9's synthetic people.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "05_training_loop/training.h"
#include "09_making_it_fast/comparison.h"
#include "09_making_it_fast/fast_training.h"

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: profile_step TRAINER HIDDEN BATCH EPOCHS\n");
    return 2;
  }
  const std::string trainer = argv[1];
  Settings settings;
  settings.hidden = std::atoi(argv[2]);
  const int batch = std::atoi(argv[3]);
  settings.epochs = std::atoi(argv[4]);
  if (settings.hidden < 1 || batch < 1 || settings.epochs < 1) {
    std::fprintf(stderr, "profile_step: HIDDEN, BATCH and EPOCHS must be whole numbers >= 1\n");
    return 2;
  }
  const bool article = settings.hidden == 4 && batch == 4;
  const DataSet data =
      article ? DataSet{centre_people(people_raw()), labels()} : synthetic_people(batch);
  Network net = init_network(settings);
  double loss = 0.0;
  if (trainer == "readable") {
    loss = train(net, data.X, data.y, settings).losses.back();
  } else {
    bool found = false;
    for (const Speedup step : kSpeedups) {
      if (trainer == speedup_name(step)) {
        loss = train_fast(net, data.X, data.y, settings, step, 2).losses.back();
        found = true;
      }
    }
    if (!found) {
      std::fprintf(stderr, "profile_step: unknown trainer '%s'\n", trainer.c_str());
      return 2;
    }
  }
  std::printf("%s: final loss %.12g\n", trainer.c_str(), loss);
  return 0;
}
