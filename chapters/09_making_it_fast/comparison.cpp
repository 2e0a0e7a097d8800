// comparison.cpp - chapter 9: the timings behind the page's table.
#include "09_making_it_fast/comparison.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>

#include "05_training_loop/training.h"
#include "numpy_random.h"
#include "plumbing/bad_input.h"
#include "plumbing/number_text.h"

void check_larger_size(int hidden, int batch) {
  const long long activations = static_cast<long long>(hidden) * batch;
  if (activations > kMostActivations) {
    const double gigabytes = 5.0 * 8 * static_cast<double>(activations) / 1e9;
    throw BadInput("--hidden " + std::to_string(hidden) + " with --batch " + std::to_string(batch) +
                   " would need about " + number_text(gigabytes) + " GB (" +
                   std::to_string(activations) + " hidden activations); at most " +
                   std::to_string(kMostActivations) + " (--hidden times --batch) are accepted");
  }
}

DataSet synthetic_people(int n) {
  NumpyRandom rng(1);
  DataSet people{10.0 * rng.randn(n, 2), Matrix(n, 1)};
  for (int r = 0; r < n; ++r) {
    people.y(r, 0) = people.X(r, 0) + 0.3 * people.X(r, 1) > 0 ? 1.0 : 0.0;
  }
  return people;
}

double median_seconds_per_epoch(int repeats, int epochs, const std::function<void()>& run) {
  run();  // untimed: the first run pays for cold caches and a processor raising its clock
  std::vector<double> seconds;
  for (int r = 0; r < repeats; ++r) {
    const auto begin = std::chrono::steady_clock::now();
    run();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - begin;
    seconds.push_back(took.count() / epochs);
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds[seconds.size() / 2];
}

namespace {

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
  std::vector<double> readable, fast;  // the losses of the last run
  std::vector<Timing> timings;
  const double seconds = median_seconds_per_epoch(repeats, settings.epochs, [&] {
    Network net = start;
    readable = train(net, data.X, data.y, settings).losses;  // chapter 5
  });
  timings.push_back({"readable", seconds, 0.0});
  for (const Speedup step : kSpeedups) {
    const double step_seconds = median_seconds_per_epoch(repeats, settings.epochs, [&] {
      Network net = start;
      fast = train_fast(net, data.X, data.y, settings, step).losses;
    });
    timings.push_back(
        {speedup_name(step), step_seconds, largest_relative_difference(fast, readable)});
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

void describe_timings(std::ostream& out, const std::vector<Timing>& timings) {
  out << "\n  In this run, each step against the one before it:\n";
  for (std::size_t i = 1; i < timings.size(); ++i) {
    const Timing& before = timings[i - 1];
    const Timing& now = timings[i];
    const double ratio = before.seconds_per_epoch / now.seconds_per_epoch;  // > 1: faster
    char line[160];
    if (std::fabs(ratio - 1.0) <= kLevel) {
      std::snprintf(line, sizeof line, "    %-10s level with %s (%.2f times its speed)\n",
                    now.trainer.c_str(), before.trainer.c_str(), ratio);
    } else if (ratio > 1.0) {
      std::snprintf(line, sizeof line, "    %-10s %.2f times faster than %s\n", now.trainer.c_str(),
                    ratio, before.trainer.c_str());
    } else if (ratio < 1.0) {
      std::snprintf(line, sizeof line, "    %-10s %.2f times slower than %s\n", now.trainer.c_str(),
                    1.0 / ratio, before.trainer.c_str());
    } else {  // a time that is not a number: say so, never "level"
      std::snprintf(line, sizeof line, "    %-10s not measured (a time of %g us)\n",
                    now.trainer.c_str(), now.seconds_per_epoch * 1e6);
    }
    out << line;
  }
}
