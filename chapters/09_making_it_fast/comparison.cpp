// comparison.cpp - chapter 9: the timings behind the page's table.
#include "09_making_it_fast/comparison.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>

#include "05_training_loop/training.h"
#include "numpy_random.h"

DataSet synthetic_people(int n) {
  NumpyRandom rng(1);
  DataSet people{10.0 * rng.randn(n, 2), Matrix(n, 1)};
  for (int r = 0; r < n; ++r) {
    people.y(r, 0) = people.X(r, 0) + 0.3 * people.X(r, 1) > 0 ? 1.0 : 0.0;
  }
  return people;
}

namespace {

// Runs train(net) `repeats` times, each from `start`; the median time per epoch.
// Also keeps the losses of the last run.
using Trainer = std::function<std::vector<double>(Network&)>;  // trains, returns the losses

double median_seconds_per_epoch(const Network& start, int epochs, int repeats, const Trainer& train,
                                std::vector<double>& losses) {
  Network first = start;
  losses = train(first);  // untimed: the first run pays for cold caches
  std::vector<double> seconds;
  for (int r = 0; r < repeats; ++r) {
    Network net = start;
    const auto begin = std::chrono::steady_clock::now();
    losses = train(net);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - begin;
    seconds.push_back(took.count() / epochs);
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds[seconds.size() / 2];
}

double largest_relative_difference(const std::vector<double>& got,
                                   const std::vector<double>& expected) {
  double largest = 0.0;
  for (std::size_t e = 0; e < expected.size(); ++e) {
    const double gap = std::fabs(got.at(e) - expected[e]) / std::fabs(expected[e]);
    if (!(gap <= largest)) largest = gap;  // NaN is kept: it is the worst
  }
  return largest;
}

}  // namespace

std::vector<Timing> compare_trainers(const Network& start, const DataSet& data,
                                     const Settings& settings, int repeats) {
  std::vector<double> readable, fast;
  std::vector<Timing> timings;
  const auto chapter_5 = [&](Network& net) { return train(net, data.X, data.y, settings).losses; };
  timings.push_back({"readable",
                     median_seconds_per_epoch(start, settings.epochs, repeats, chapter_5, readable),
                     0.0});
  for (const Speedup step : kSpeedups) {
    const auto chapter_9 = [&](Network& net) {
      return train_fast(net, data.X, data.y, settings, step).losses;
    };
    const double seconds =
        median_seconds_per_epoch(start, settings.epochs, repeats, chapter_9, fast);
    timings.push_back({speedup_name(step), seconds, largest_relative_difference(fast, readable)});
  }
  return timings;
}

void print_timings(std::ostream& out, const std::vector<Timing>& timings) {
  out << "  trainer      us/epoch   times faster   losses vs readable\n";
  for (const Timing& t : timings) {
    char line[128];
    std::snprintf(line, sizeof line, "  %-10s %10.3f %14.1f   ", t.trainer.c_str(),
                  t.seconds_per_epoch * 1e6,
                  timings.front().seconds_per_epoch / t.seconds_per_epoch);
    out << line;
    if (&t == &timings.front()) {
      out << "(the reference)\n";
    } else if (t.largest_difference == 0) {
      out << "same bits\n";
    } else {
      std::snprintf(line, sizeof line, "%.1e relative, at most\n", t.largest_difference);
      out << line;
    }
  }
}
