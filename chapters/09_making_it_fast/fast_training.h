// fast_training.h - chapter 9: chapter 5's training loop, made fast one step at a time.
//
// The same network (I inputs, H hidden sigmoids, one sigmoid output), the same
// binary cross-entropy, the same gradients and update as chapters 2 to 5, so
// train_fast() and chapter 5's train() start from the same Network and end with
// the same numbers. Each Speedup is one section of the page, in the order a
// reader takes them, and each one keeps all the speed-ups before it:
//
//   workspace   every buffer allocated once; chapter 5's loops on plain arrays
//   fused       one pass over the examples, 32 at a time: each goes forward,
//               backward and into the gradient sums while it is in the cache;
//               no transposes, no (N,H) matrices at all
//   vector      std::exp and std::log replaced by fast_exp and fast_log
//               (fast_math.h), 32 examples stored hidden unit by hidden unit
//               so that every inner loop runs across them, sums kept in 8
//               lanes: vector instructions
//   threads     the examples cut into blocks of kBlockRows, the blocks shared
//               among the processor's cores, their gradient sums added in order
//
// Same numbers: workspace and fused do every addition and multiplication of
// chapter 5 in chapter 5's order, so their losses are bit-identical. `vector`
// changes the last bits (fast_exp and fast_log are within 1 unit in the last
// place of the C library's; the 8 lanes add in another order), and `threads`
// adds each block's sum separately (another order again). Measured
// differences are on the page; the tests hold them under kSameNumbers.
// Tests: tests/test_chapter9.cpp.
#pragma once

#include <string>
#include <vector>

#include "02_stacking_layers/network.h"
#include "settings.h"

enum class Speedup { workspace, fused, vector, threads };
constexpr Speedup kSpeedups[] = {Speedup::workspace, Speedup::fused, Speedup::vector,
                                 Speedup::threads};
inline constexpr Names<Speedup, 4> kSpeedupNames{{{Speedup::workspace, "workspace"},
                                                  {Speedup::fused, "fused"},
                                                  {Speedup::vector, "vector"},
                                                  {Speedup::threads, "threads"}}};
inline const char* speedup_name(Speedup step) { return name_of(kSpeedupNames, step); }

// How far apart the fast and the readable trainer may be: relative difference
// of every loss and of the last predictions (tests/test_chapter9.cpp).
constexpr double kSameNumbers = 1e-12;

// `threads` gives each thread whole blocks of this many examples, and adds the
// blocks' sums in block order: the numbers do not depend on how many threads ran.
constexpr int kBlockRows = 128;
// Waking the other threads costs about 2.4 us per epoch on the book's machine
// (OpenMP keeps them waiting between epochs; starting new std::threads every
// epoch cost about 100 us), and its two cores are not twice as fast as one
// (1.25 to 1.8 times, measured). So below this many hidden activations per
// epoch (N * H, each an exponential and I multiply-adds), `threads` does what
// `vector` does, unless train_fast is given a thread count. The numbers
// depend on the size and on that argument, never on the machine.
constexpr double kActivationsToSplit = 1 << 13;

// What chapter 5's TrainingHistory holds, without a copy of y_hat per epoch.
struct FastHistory {
  std::vector<double> losses;  // losses[e]: the loss at epoch e, before its update
  Matrix y_hat;                // (N,1): the predictions at the last epoch, same moment
};

// Trains net in place on X (N,I) and y (N,1), exactly like chapter 5's train(),
// with every speed-up up to and including `upto`. `threads` = 0 uses every core.
// Throws ShapeError unless net has one output, TrainingDiverged (chapter 5) if
// the loss stops being a number.
FastHistory train_fast(Network& net, const Matrix& X, const Matrix& y, const Settings& settings,
                       Speedup upto, int threads = 0);
