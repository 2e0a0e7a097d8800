// bench.cpp - how fast is the C++ training loop, next to NumPy running the
// same algorithm on the same data?
//
//   build/bin/bench            the article's network, then the size sweep
//   build/bin/bench --quick    fewer repeats and sizes (a smoke run)
//
// Every figure is a per-epoch time: the median over several repeats of
// (time for E epochs) / E, measured in this process with steady_clock. The
// NumPy figures come from tests/bench/numpy_bench.py, run by this program in
// the same session, on the same data, with the same starting weights; both
// sides also print their final loss, which must agree.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "05_training_loop/training.h"

namespace {

// Both sides run the same algorithm on the same numbers, so their final
// losses must agree to this (measured: 3e-16 at most); the bench fails if not.
constexpr double kLossAgreement = 1e-9;

// True if the two losses agree; a NaN never does.
bool losses_agree(double cpp, double numpy) { return std::fabs(cpp - numpy) <= kLossAgreement; }

struct Size {
  int hidden;
  int batch;
  int epochs;  // per repeat: enough for a repeat to take a measurable time
};

struct Timing {
  double seconds_per_epoch = 0.0;  // median over the repeats
  double final_loss = 0.0;
};

// The synthetic people of the sweep: (batch, 2) around zero, a linear rule
// for the label. numpy_bench.py builds exactly the same arrays.
std::pair<Matrix, Matrix> synthetic_people(int batch) {
  NumpyRandom rng(1);
  const Matrix X = 10.0 * rng.randn(batch, 2);
  Matrix y(batch, 1);
  for (int n = 0; n < batch; ++n) y(n, 0) = (X(n, 0) + 0.3 * X(n, 1) > 0) ? 1.0 : 0.0;
  return {X, y};
}

Timing time_cpp(const Matrix& X, const Matrix& y, int hidden, int epochs, int repeats) {
  Settings settings;
  settings.hidden = hidden;
  settings.epochs = epochs;
  std::vector<double> per_epoch;
  Timing timing;
  for (int r = 0; r < repeats; ++r) {
    Network net = init_network(settings);
    const auto start = std::chrono::steady_clock::now();
    const TrainingHistory history = train(net, X, y, settings);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    per_epoch.push_back(elapsed.count() / epochs);
    timing.final_loss = history.losses.back();
  }
  std::sort(per_epoch.begin(), per_epoch.end());
  timing.seconds_per_epoch = per_epoch[per_epoch.size() / 2];
  return timing;
}

// Runs numpy_bench.py for all sizes at once; an empty map if NumPy is missing.
std::map<std::pair<int, int>, Timing> time_numpy(const std::vector<Size>& sizes, int repeats,
                                                 bool article) {
  std::map<std::pair<int, int>, Timing> timings;
  const std::string python = NN_PYTHON_WITH_NUMPY;
  if (python.empty()) return timings;
  std::string hidden, batch, epochs;
  for (const Size& s : sizes) {
    hidden += " " + std::to_string(s.hidden);
    batch += " " + std::to_string(s.batch);
    epochs += " " + std::to_string(s.epochs);
  }
  const std::string command = python + " " + NN_NUMPY_BENCH + " --repeats " +
                              std::to_string(repeats) + (article ? " --article" : "") +
                              " --hidden" + hidden + " --batch" + batch + " --epochs" + epochs;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return timings;
  char line[256];
  while (std::fgets(line, sizeof line, pipe) != nullptr) {
    std::istringstream fields(line);
    int h = 0, b = 0, e = 0;
    Timing t;
    if (fields >> h >> b >> e >> t.seconds_per_epoch >> t.final_loss) timings[{h, b}] = t;
  }
  pclose(pipe);
  return timings;
}

// What the numbers were measured on: the processor, the compiler, NumPy.
void describe_machine() {
  std::ifstream cpuinfo("/proc/cpuinfo");  // Linux; elsewhere this line is skipped
  std::string line;
  int cores = 0;
  std::string model;
  while (std::getline(cpuinfo, line)) {
    if (line.rfind("model name", 0) == 0) {
      ++cores;
      model = line.substr(line.find(':') + 2);
    }
  }
  if (cores > 0) std::cout << "machine: " << model << ", " << cores << " cores\n";
  std::cout << "compiler: " << __VERSION__ << "\n";
  const std::string python = NN_PYTHON_WITH_NUMPY;
  if (!python.empty()) {
    const std::string command = python +
                                " -c \"import numpy, sys; print('numpy', "
                                "numpy.__version__, 'python', sys.version.split()[0])\"";
    if (FILE* pipe = popen(command.c_str(), "r")) {
      char text[128];
      if (std::fgets(text, sizeof text, pipe) != nullptr) std::cout << text;
      pclose(pipe);
    }
  }
}

std::string microseconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, seconds < 1e-4 ? "%.3f" : "%.1f", seconds * 1e6);
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  const bool quick = argc > 1 && std::string(argv[1]) == "--quick";
  const int repeats = quick ? 1 : 7;
  const bool have_numpy = !std::string(NN_PYTHON_WITH_NUMPY).empty();
  bool all_agree = true;  // every C++ loss equals NumPy's (kLossAgreement)
  std::cout << "bench: per-epoch training time, median of " << repeats << " repeats"
            << (quick ? " (--quick: a smoke run, not a measurement)" : "") << "\n";
  describe_machine();
  if (!have_numpy) {
    std::cout << "NumPy: not available (no python3 with numpy found at configure time; "
                 "install python3-numpy): C++ figures only\n";
  }

  // 1. The article: 2-4-1 on the four people.
  const Size article{4, 4, 4000};  // exactly the article's training
  const Timing cpp = time_cpp(centre_people(people_raw()), labels(), 4, article.epochs, repeats);
  std::cout << "\nThe article's 2-4-1 network on its 4 people (" << article.epochs
            << " epochs per repeat)\n  C++   " << microseconds(cpp.seconds_per_epoch)
            << " us/epoch, final loss " << cpp.final_loss << "\n";
  if (have_numpy) {
    const Size numpy_size{4, 4, quick ? 400 : 4000};
    const auto numpy = time_numpy({numpy_size}, repeats, true);
    const auto found = numpy.find({4, 4});
    if (found != numpy.end()) {
      Settings same;  // NumPy ran fewer epochs: compare the loss at its last epoch
      same.epochs = numpy_size.epochs;
      Network net = init_network(same);
      const double cpp_loss = train(net, centre_people(people_raw()), labels(), same).losses.back();
      all_agree = all_agree && losses_agree(cpp_loss, found->second.final_loss);
      std::cout << "  NumPy " << microseconds(found->second.seconds_per_epoch)
                << " us/epoch, loss after " << numpy_size.epochs << " epochs "
                << found->second.final_loss << " (C++: " << cpp_loss << ", difference "
                << std::fabs(cpp_loss - found->second.final_loss) << ")\n"
                << "  C++ is " << found->second.seconds_per_epoch / cpp.seconds_per_epoch
                << " times faster per epoch\n";
    } else {
      all_agree = false;  // NumPy ran but gave no number
    }
  }

  // 2. The sweep: synthetic people, wider layers, bigger batches.
  std::vector<Size> sweep;
  const std::vector<int> hiddens =
      quick ? std::vector<int>{4, 64} : std::vector<int>{4, 64, 256, 1024};
  const std::vector<int> batches =
      quick ? std::vector<int>{4, 256} : std::vector<int>{4, 256, 4096};
  for (int h : hiddens) {
    for (int b : batches) {
      const double work = static_cast<double>(h) * b;  // roughly proportional to an epoch's cost
      const double budget = quick ? 2e5 : 4e6;         // epochs * hidden * batch per repeat
      sweep.push_back({h, b, static_cast<int>(std::clamp(budget / work, 3.0, 20000.0))});
    }
  }
  const auto numpy =
      have_numpy ? time_numpy(sweep, repeats, false) : std::map<std::pair<int, int>, Timing>{};
  std::cout << "\nSweep: synthetic people, per-epoch time in microseconds\n"
            << "  hidden  batch  epochs        C++      NumPy   NumPy/C++   |loss difference|\n";
  for (const Size& s : sweep) {
    const auto [X, y] = synthetic_people(s.batch);
    const Timing c = time_cpp(X, y, s.hidden, s.epochs, repeats);
    std::printf("  %6d  %5d  %6d  %9s", s.hidden, s.batch, s.epochs,
                microseconds(c.seconds_per_epoch).c_str());
    const auto found = numpy.find({s.hidden, s.batch});
    if (found != numpy.end()) {
      all_agree = all_agree && losses_agree(c.final_loss, found->second.final_loss);
      std::printf("  %9s  %10.1f   %.1e\n", microseconds(found->second.seconds_per_epoch).c_str(),
                  found->second.seconds_per_epoch / c.seconds_per_epoch,
                  std::fabs(found->second.final_loss - c.final_loss));
    } else {
      all_agree = all_agree && !have_numpy;  // NumPy ran but gave no number for this size
      std::printf("  %9s\n", "-");
    }
    std::fflush(stdout);
  }
  if (!all_agree) {
    std::cerr << "bench: FAILED: a C++ loss differs from NumPy's by more than " << kLossAgreement
              << " (see the table)\n";
    return 1;
  }
  if (have_numpy) std::cout << "\nEvery C++ loss equals NumPy's to " << kLossAgreement << ".\n";
  return 0;
}
