// comparison.h - chapter 9: time chapter 5's trainer and each speed-up, side by side.
// Tests: tests/test_chapter9.cpp.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "09_making_it_fast/fast_training.h"

// The bench's synthetic people, any number of them: X (N,2) = 10 * randn
// (NumPy's stream, seed 1), label 1 where x0 + 0.3 x1 > 0. NumPy builds the
// same arrays (tests/bench/numpy_bench.py).
DataSet synthetic_people(int n);

// The larger network's size, --hidden H times --batch N hidden activations,
// is refused up front (BadInput, naming both options and the memory it would
// take) above kMostActivations: chapter 5's trainer holds about five (N,H)
// matrices of doubles at once (measured: 10.5 GB resident for 4096 x 65536).
constexpr long long kMostActivations = 1LL << 24;  // about 0.7 GB; the bench's largest is 4M
void check_larger_size(int hidden, int batch);

// One trainer's line of the table.
struct Timing {
  std::string trainer;        // "readable" (chapter 5) or a speedup_name()
  double seconds_per_epoch;   // median over the repeats
  double largest_difference;  // of any loss from the readable trainer's, relative
};

// The median over `repeats` runs of `run` (after one untimed run) of its time
// divided by `epochs`: one training run's time per epoch.
double median_seconds_per_epoch(int repeats, int epochs, const std::function<void()>& run);

// The median of (time for settings.epochs epochs) / epochs over `repeats`
// runs (after one untimed run), each from `start`: chapter 5's train() first, then train_fast() up
// to each Speedup in turn.
std::vector<Timing> compare_trainers(const Network& start, const DataSet& data,
                                     const Settings& settings, int repeats);

// The table: time per epoch, how many times faster than chapter 5, and how far
// the losses are from chapter 5's ("same bits" when not at all).
void print_timings(std::ostream& out, const std::vector<Timing>& timings);

// Under the table, what it says in words: each step's speed against the step
// before it ("1.66 times faster than fused", "slower than vector", "level
// with"), so that the page never claims a gain this run did not measure.
// Within kLevel of each other (relative), two times are called level.
constexpr double kLevel = 0.05;
void describe_timings(std::ostream& out, const std::vector<Timing>& timings);
