// Chapter 9's tests beyond its exercises (tests/exercises/): the fast trainer
// computes chapter 5's numbers.
//
// The reference is chapter 5's train() itself (which the parity tests tie to
// NumPy). `workspace` and `fused` must give the very same bits; `vector` and
// `threads` may differ in the last bits, at most kSameNumbers relative.
#include <cmath>
#include <limits>
#include <sstream>
#include <string>

#include "05_training_loop/training.h"
#include "09_making_it_fast/comparison.h"
#include "09_making_it_fast/fast_math.h"
#include "09_making_it_fast/fast_training.h"
#include "catch.h"
#include "check_close.h"
#include "numpy_random.h"

namespace {

// Units in the last place between a and b (b finite and not 0).
double ulps_apart(double a, double b) {
  return std::fabs(a - b) / (std::nextafter(std::fabs(b), HUGE_VAL) - std::fabs(b));
}

// |got - expected| / |expected| entry by entry, as a matrix (0 where both are 0).
Matrix relative_difference(const Matrix& got, const Matrix& expected) {
  require_same_shape("relative_difference", "vs", got, expected);
  Matrix out(got.rows(), got.cols());
  for (int r = 0; r < got.rows(); ++r) {
    for (int c = 0; c < got.cols(); ++c) {
      const double scale = std::fabs(expected(r, c));
      const double gap = std::fabs(got(r, c) - expected(r, c));
      out(r, c) = gap == 0 ? 0 : gap / scale;  // NaN stays NaN, and fails
    }
  }
  return out;
}

Matrix as_row(const std::vector<double>& numbers) {
  Matrix row(1, static_cast<int>(numbers.size()));
  for (std::size_t i = 0; i < numbers.size(); ++i) row(0, static_cast<int>(i)) = numbers[i];
  return row;
}

// Trains two copies of net, chapter 5's way and with train_fast up to `step`, and
// compares every loss, the last predictions and the trained weights.
void check_same_numbers(const Network& start, const Matrix& X, const Matrix& y,
                        const Settings& settings, Speedup step, int threads = 0) {
  Network readable = start, fast = start;
  const TrainingHistory expected = train(readable, X, y, settings);
  const FastHistory got = train_fast(fast, X, y, settings, step, threads);
  const bool same_bits = step == Speedup::workspace || step == Speedup::fused;
  const double tolerance = same_bits ? 0.0 : kSameNumbers;
  const std::string name = speedup_name(step);
  const Matrix zeros_losses(1, settings.epochs);
  check_close(name + " losses", relative_difference(as_row(got.losses), as_row(expected.losses)),
              zeros_losses, tolerance);
  check_close(name + " y_hat", relative_difference(got.y_hat, expected.predictions.back()),
              Matrix(X.rows(), 1), tolerance);
  check_close(name + " W1", relative_difference(fast.W1, readable.W1),
              Matrix(start.W1.rows(), start.W1.cols()), tolerance);
  check_close(name + " b2", relative_difference(fast.b2, readable.b2), Matrix(1, 1), tolerance);
}

}  // namespace

TEST_CASE("fast/exp_within_one_ulp_of_std_exp") {
  // Evenly over the whole range, and densely where sigmoids live.
  double worst = 0.0;
  for (int j = 0; j <= 2000000; ++j) {
    for (const double x : {-708.0 + j * (709.78 + 708.0) / 2000000, -40.0 + j * 80.0 / 2000000}) {
      const double apart = ulps_apart(fast_exp(x), std::exp(x));
      if (!(apart <= worst)) worst = apart;  // a NaN makes worst NaN, and fails below
    }
  }
  CHECK(worst <= 1.0);
  CHECK(fast_exp(0.0) == 1.0);
  CHECK(fast_exp(709.79) == std::numeric_limits<double>::infinity());  // e^x overflows
  CHECK(fast_exp(-708.5) == 0.0);                                      // documented: below -708
  CHECK(std::isnan(fast_exp(std::nan(""))));
  CHECK(1.0 / (1.0 + fast_exp(1000.0)) == 0.0);  // the sigmoid still saturates cleanly
}

TEST_CASE("fast/log_within_one_ulp_of_std_log") {
  // Where the loss takes its logs (p + eps and 1 - p + eps, 1e-8 to 1 + 1e-8),
  // and across the whole range of positive normal doubles.
  double worst = 0.0;
  for (int j = 0; j <= 2000000; ++j) {
    for (const double x :
         {1e-8 + j * (1.1 - 1e-8) / 2000000, std::exp(-700.0 + j * 1400.0 / 2000000)}) {
      const double apart = x == 1.0 ? std::fabs(fast_log(x)) : ulps_apart(fast_log(x), std::log(x));
      if (!(apart <= worst)) worst = apart;
    }
  }
  CHECK(worst <= 1.0);
  CHECK(fast_log(1.0) == 0.0);
  CHECK(fast_log(2.0) == std::log(2.0));
}

TEST_CASE("fast/every_step_gives_the_articles_numbers") {
  const Settings article;
  for (const Speedup step : kSpeedups) {
    check_same_numbers(init_network(article), centre_people(people_raw()), labels(), article, step);
  }
}

TEST_CASE("fast/every_step_gives_chapter_5s_numbers_on_random_sizes") {
  // Sizes around the edges: one input, one hidden unit, one example, H not a
  // multiple of 8 (the vector lanes), N over kBlockRows (several blocks).
  NumpyRandom rng(2026);
  const int sizes[][3] = {{1, 1, 1}, {3, 13, 7}, {5, 8, 300}, {2, 37, 2 * kBlockRows + 1}};
  for (const auto& size : sizes) {
    const int inputs = size[0], hidden = size[1], n = size[2];
    const Matrix X = rng.randn(n, inputs);
    Matrix y(n, 1);
    for (int r = 0; r < n; ++r) y(r, 0) = X(r, 0) > 0 ? 1.0 : (r % 5 == 0 ? 0.25 : 0.0);
    Settings settings;
    settings.hidden = hidden;
    settings.epochs = 60;
    settings.learning_rate = 0.5;
    const Network start = init_network(rng, inputs, hidden, 1, 0.5);
    for (const Speedup step : kSpeedups) {
      INFO("I = " << inputs << ", H = " << hidden << ", N = " << n);
      // threads = 2: the blocks are used even where one core would do them all
      check_same_numbers(start, X, y, settings, step, step == Speedup::threads ? 2 : 0);
    }
  }
}

TEST_CASE("fast/threads_give_the_same_bits_on_any_core_count") {
  NumpyRandom rng(7);
  const int n = 5 * kBlockRows + 3;
  const Matrix X = rng.randn(n, 2);
  Matrix y(n, 1);
  for (int r = 0; r < n; ++r) y(r, 0) = X(r, 0) + X(r, 1) > 0 ? 1.0 : 0.0;
  Settings settings;
  settings.hidden = 16;
  settings.epochs = 20;
  const Network start = init_network(rng, 2, 16, 1, 0.3);
  Network one = start, three = start;
  const FastHistory a = train_fast(one, X, y, settings, Speedup::threads, 1);
  const FastHistory b = train_fast(three, X, y, settings, Speedup::threads, 3);
  check_close("losses, 3 threads vs 1", as_row(b.losses), as_row(a.losses), 0.0);
  check_close("W1, 3 threads vs 1", three.W1, one.W1, 0.0);
  check_close("b1, 3 threads vs 1", three.b1, one.b1, 0.0);
  check_close("W2, 3 threads vs 1", three.W2, one.W2, 0.0);
  check_close("b2, 3 threads vs 1", three.b2, one.b2, 0.0);
}

TEST_CASE("fast/refuses_a_network_with_two_outputs") {
  NumpyRandom rng(1);
  Network net = init_network(rng, 2, 4, 2, 0.3);
  Settings settings;
  try {
    train_fast(net, centre_people(people_raw()), labels(), settings, Speedup::fused);
    FAIL("no error");
  } catch (const ShapeError& error) {
    CHECK(std::string(error.what()) ==
          "train_fast: W2 (4,2), y (4,1): the fast trainer has one output, so both must have "
          "one column");
  }
}

TEST_CASE("fast/diverges_at_the_same_epoch_as_chapter_5") {
  Settings settings;
  settings.init_scale = 1e308;  // weights near the largest double: sums overflow
  const Matrix X = centre_people(people_raw());
  std::string readable_message = "readable did not diverge", fast_message = "fast did not";
  Network a = init_network(settings), b = init_network(settings);
  try {
    train(a, X, labels(), settings);
  } catch (const TrainingDiverged& error) {
    readable_message = error.what();
  }
  try {
    train_fast(b, X, labels(), settings, Speedup::fused);
  } catch (const TrainingDiverged& error) {
    fast_message = error.what();
  }
  CHECK(fast_message == readable_message);  // same epoch, same loss
}

// The sentences under chapter 9's table, for timings made up here (so the
// expected words are known): faster, slower, level within kLevel, and a time
// that is not a number, which must never read as "level".
TEST_CASE("fast/timing_sentences_follow_the_numbers") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<Timing> timings = {{"readable", 10e-6, 0},
                                       {"workspace", 2e-6, 0},
                                       {"fused", 4e-6, 0},
                                       {"vector", 4.1e-6, 0},
                                       {"threads", nan, 0}};
  std::ostringstream out;
  describe_timings(out, timings);
  const std::string expected =
      "\n  In this run, each step against the one before it:\n"
      "    workspace  5.00 times faster than readable\n"
      "    fused      2.00 times slower than workspace\n"
      "    vector     level with fused (0.98 times its speed)\n"
      "    threads    not measured (a time of nan us)\n";
  CHECK(out.str() == expected);
}

TEST_CASE("fast/timing_table_from_made_up_times") {
  // Made-up times: the "times faster" column is the readable time divided by
  // each trainer's, and the last column "same bits" only for a difference of 0.
  const std::vector<Timing> timings = {
      {"readable", 10e-6, 0}, {"workspace", 2e-6, 0}, {"vector", 0.5e-6, 3e-15}};
  std::ostringstream out;
  print_timings(out, timings);
  CHECK(out.str() ==
        "  trainer      us/epoch   times faster   losses vs readable\n"
        "  readable       10.000            1.0   (the reference)\n"
        "  workspace       2.000            5.0   same bits\n"
        "  vector          0.500           20.0   3.0e-15 relative, at most\n");
}
