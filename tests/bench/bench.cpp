// bench.cpp - five implementations of the same training loop, timed in one run:
//   NumPy     tests/numpy_reference.py's loop (run by this program, same data, same start),
//             on whichever BLAS NumPy finds (the line "BLAS:" says which)
//   PyTorch   the same loop as float64 tensor expressions, 2 threads (torch_bench.py;
//             Debian's python3-torch, left out with one line when not installed)
//   readable  chapter 5's train(), the book's lesson code
//   fast      chapter 9's train_fast() with every speed-up (Speedup::threads)
//   Eigen     the same loop in Eigen's expressions (eigen_trainer.cpp)
//
//   build/bin/bench                  the article's network, chapter 8's data, the size sweep
//   build/bin/bench --quick          fewer repeats and sizes (a smoke run, not a measurement)
//   build/bin/bench --data FILE      also write the sweep's times to FILE (for the figure)
//
// Every figure is a per-epoch time: the median over the repeats of (time for
// E epochs) / E, measured with steady_clock. All five start from the same
// weights and must end at the same loss: the bench fails if one differs from
// the readable loop's by more than its tolerance (relative).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "05_training_loop/training.h"
#include "08_real_data/real_data.h"
#include "08_real_data/tumours.h"
#include "09_making_it_fast/comparison.h"
#include "09_making_it_fast/fast_training.h"
#include "eigen_trainer.h"
#include "plumbing/bad_input.h"

namespace {

// NumPy and Eigen add in other orders (Eigen's products are blocked, with
// multiply-adds), so their losses agree with the readable loop's only to
// rounding, amplified by training (measured: 1e-13 at most); chapter 9's
// fast trainer to kSameNumbers.
constexpr double kOtherOrder = 1e-9;

struct Problem {
  std::string name;  // "article", "tumours" or "sweep": how numpy_bench.py builds it
  int hidden, batch, epochs;
  DataSet data;
  Network start;
  Settings settings;
};

struct Result {  // seconds per epoch (NaN: not measured) and final loss of each implementation
  double numpy = NAN, torch = NAN, readable = NAN, fast = NAN, eigen = NAN;
  double numpy_loss = NAN, torch_loss = NAN, readable_loss = NAN, fast_loss = NAN, eigen_loss = NAN;
};

// The Python peers: where their scripts are, and whether they can run here.
struct Peers {
  std::string python = NN_PYTHON_WITH_NUMPY;  // "" without NumPy
  bool numpy = !python.empty();
  bool torch = false;  // python3-torch importable (checked at the start of the run)
};

void time_cpp(const Problem& p, int repeats, Result& result) {
  const int E = p.settings.epochs;
  result.readable = median_seconds_per_epoch(repeats, E, [&] {
    Network net = p.start;
    result.readable_loss = train(net, p.data.X, p.data.y, p.settings).losses.back();
  });
  result.fast = median_seconds_per_epoch(repeats, E, [&] {
    Network net = p.start;
    result.fast_loss =
        train_fast(net, p.data.X, p.data.y, p.settings, Speedup::threads).losses.back();
  });
  result.eigen = median_seconds_per_epoch(repeats, E, [&] {
    result.eigen_loss = train_eigen(p.start, p.data.X, p.data.y, p.settings);
  });
}

// Runs SCRIPT (numpy_bench.py or torch_bench.py) once for all problems of
// one kind; fills the seconds and final loss `seconds_of` and `loss_of` name.
void time_python(const std::string& python, const std::string& script,
                 std::vector<Problem>& problems, std::vector<Result>& results, int repeats,
                 double Result::*seconds_of, double Result::*loss_of) {
  if (python.empty() || problems.empty()) return;
  std::string hidden, batch, epochs;
  for (const Problem& p : problems) {
    hidden += " " + std::to_string(p.hidden);
    batch += " " + std::to_string(p.batch);
    epochs += " " + std::to_string(p.epochs);
  }
  const std::string kind = problems.front().name;
  const std::string command = python + " " + script + " --repeats " + std::to_string(repeats) +
                              (kind == "sweep" ? "" : " --" + kind) + " --hidden" + hidden +
                              " --batch" + batch + " --epochs" + epochs;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return;
  char line[256];
  while (std::fgets(line, sizeof line, pipe) != nullptr) {
    std::istringstream fields(line);
    int h = 0, b = 0, e = 0;
    double seconds = 0, loss = 0;
    if (!(fields >> h >> b >> e >> seconds >> loss)) continue;
    for (std::size_t i = 0; i < problems.size(); ++i) {
      if (problems[i].hidden == h && problems[i].batch == b) {
        results[i].*seconds_of = seconds;
        results[i].*loss_of = loss;
      }
    }
  }
  pclose(pipe);
}

// The lines `command` prints, without their line ends.
std::vector<std::string> lines_of(const std::string& command) {
  std::vector<std::string> lines;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char line[512];
    while (std::fgets(line, sizeof line, pipe) != nullptr) {
      lines.emplace_back(line);
      if (lines.back().back() == '\n') lines.back().pop_back();
    }
    pclose(pipe);
  }
  return lines;
}

// What the numbers were measured on: the processor, the compiler, NumPy and
// the BLAS it calls (Debian's default is the slow reference BLAS; with
// libopenblas0-pthread installed, OpenBLAS), PyTorch.
void describe_machine(Peers& peers) {
  std::ifstream cpuinfo("/proc/cpuinfo");  // Linux; elsewhere this line is skipped
  std::string line, model, flags;
  int cores = 0;
  while (std::getline(cpuinfo, line)) {
    if (line.rfind("model name", 0) == 0) {
      ++cores;
      model = line.substr(line.find(':') + 2);
    }
    if (line.rfind("flags", 0) == 0) flags = line + " ";
  }
  // The widest vectors -march=native can use here: a cloud machine's "AMD
  // EPYC" names no generation, and chapter 9's vector step is only as fast
  // as its lanes are wide.
  const std::string vectors = flags.find(" avx512f ") != std::string::npos ? "AVX-512 (8 doubles)"
                              : flags.find(" avx2 ") != std::string::npos  ? "AVX2 (4 doubles)"
                              : flags.find(" sse2 ") != std::string::npos  ? "SSE2 (2 doubles)"
                                                                           : "";
  if (cores > 0) {
    std::cout << "machine: " << model << ", " << cores << " cores"
              << (vectors.empty() ? "" : ", widest vectors " + vectors) << "\n";
  }
  std::cout << "compiler: " << __VERSION__ << "; Eigen " << eigen_version() << "\n";
  if (!peers.numpy) {
    std::cout << "NumPy: not available (no python3 with numpy found at configure time; "
                 "install python3-numpy): its column is left out\n";
    return;
  }
  // numpy_bench.py --describe: NumPy's version, then the BLAS library it loaded.
  const std::vector<std::string> numpy =
      lines_of(peers.python + " " + NN_NUMPY_BENCH + " --describe");
  const std::string blas = numpy.size() == 2 ? numpy[1] : "unknown";
  std::cout << (numpy.empty() ? "numpy: could not start " + peers.python : numpy[0]) << "\n"
            << "BLAS: " << blas
            << (blas.find("openblas") != std::string::npos
                    ? " (OpenBLAS)"
                    : " (not OpenBLAS: apt-get install libopenblas0-pthread for NumPy's fast BLAS)")
            << "\n";
  const std::vector<std::string> torch =
      lines_of(peers.python + " -c \"import torch; print(torch.__version__)\" 2>/dev/null");
  peers.torch = torch.size() == 1;
  std::cout << (peers.torch ? "PyTorch " + torch[0] + ", float64, CPU, 2 threads"
                            : std::string("PyTorch: not installed (apt-get install "
                                          "python3-torch): its column is left out"))
            << "\n";
}

// |a - b| / |b| within tolerance; NaN never is (a NumPy that did not run is
// checked separately).
bool agrees(double a, double b, double tolerance) {
  return std::fabs(a - b) <= tolerance * std::fabs(b);
}

std::string microseconds(double seconds) {
  if (std::isnan(seconds)) return "-";
  char text[32];
  std::snprintf(text, sizeof text, seconds < 1e-4 ? "%.3f" : "%.1f", seconds * 1e6);
  return text;
}

std::string ratio(double slower, double faster) {
  if (std::isnan(slower) || std::isnan(faster)) return "-";
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", slower / faster);
  return text;
}

// A peer's final loss agrees with the readable loop's, or the peer did not run.
bool peer_agrees(double loss, double readable_loss, bool ran) {
  return ran ? agrees(loss, readable_loss, kOtherOrder) : std::isnan(loss);
}

// The table: one line per problem; false if a loss disagrees.
bool print_results(const std::vector<Problem>& problems, const std::vector<Result>& results,
                   const Peers& peers) {
  bool all_agree = true;
  std::printf(
      "  hidden  batch  epochs |  NumPy  PyTorch  readable     fast    Eigen (us/epoch) |"
      " fast/NumPy  fast/PyTorch  Eigen/NumPy  fast/Eigen | final losses\n");
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const Problem& p = problems[i];
    const Result& r = results[i];
    const bool ok = agrees(r.fast_loss, r.readable_loss, kSameNumbers) &&
                    agrees(r.eigen_loss, r.readable_loss, kOtherOrder) &&
                    peer_agrees(r.numpy_loss, r.readable_loss, peers.numpy) &&
                    peer_agrees(r.torch_loss, r.readable_loss, peers.torch);
    all_agree = all_agree && ok;
    std::printf(
        "  %6d  %5d  %6d | %6s  %7s  %8s  %7s  %7s            | %10s  %12s  %11s  %10s | %.12g "
        "%s\n",
        p.hidden, p.batch, p.epochs, microseconds(r.numpy).c_str(), microseconds(r.torch).c_str(),
        microseconds(r.readable).c_str(), microseconds(r.fast).c_str(),
        microseconds(r.eigen).c_str(), ratio(r.numpy, r.fast).c_str(),
        ratio(r.torch, r.fast).c_str(), ratio(r.numpy, r.eigen).c_str(),
        ratio(r.eigen, r.fast).c_str(), r.readable_loss, ok ? "(all agree)" : "DISAGREE");
    if (!ok) {
      std::printf("    NumPy %.17g, PyTorch %.17g, readable %.17g, fast %.17g, Eigen %.17g\n",
                  r.numpy_loss, r.torch_loss, r.readable_loss, r.fast_loss, r.eigen_loss);
    }
    std::fflush(stdout);
  }
  return all_agree;
}

bool run(std::vector<Problem> problems, int repeats, const Peers& peers,
         std::vector<Result>& results) {
  results.assign(problems.size(), Result{});
  time_python(peers.python, NN_NUMPY_BENCH, problems, results, repeats, &Result::numpy,
              &Result::numpy_loss);
  if (peers.torch) {
    time_python(peers.python, NN_TORCH_BENCH, problems, results, repeats, &Result::torch,
                &Result::torch_loss);
  }
  for (std::size_t i = 0; i < problems.size(); ++i) time_cpp(problems[i], repeats, results[i]);
  return print_results(problems, results, peers);
}

Problem article(bool quick) {
  Settings s;  // the article's
  if (quick) s.epochs = 400;
  return {"article",       s.hidden, 4, s.epochs, {centre_people(people_raw()), labels()},
          init_network(s), s};
}

// Chapter 8's training rows, split and scaled as chapter 8 does (seed 42),
// trained full-batch: 341 rows of 30 features, 8 hidden units, rate 0.1.
Problem tumours(bool quick) {
  Settings s;
  s.hidden = 8;
  s.learning_rate = 0.1;
  s.epochs = quick ? 20 : 1000;
  NumpyRandom rng(s.seed);
  const DataSet all = load_tumours(NN_TUMOUR_DATA);
  const Split split = split_rows(rng, all.X.rows());
  const ScaledSplit parts = standardise_split(
      take_rows(all, split.train), take_rows(all, split.validation), take_rows(all, split.test));
  const Network start = init_network(rng, all.X.cols(), s.hidden, 1, s.init_scale);
  return {"tumours", s.hidden, parts.train.X.rows(), s.epochs, parts.train, start, s};
}

Problem sweep_point(int hidden, int batch, bool quick) {
  Settings s;
  s.hidden = hidden;
  const double budget = quick ? 2e5 : 4e6;  // epochs * hidden * batch per repeat
  s.epochs = static_cast<int>(std::clamp(budget / (double(hidden) * batch), 3.0, 20000.0));
  return {"sweep", hidden, batch, s.epochs, synthetic_people(batch), init_network(s), s};
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  bool quick = false;
  for (std::size_t i = 0; i < args.size(); ++i) {  // every word checked before minutes of work
    if (args[i] == "--help" || args[i] == "-h") {
      std::cout << "Usage: bench [--quick] [--data FILE]\n"
                   "  --quick      fewer repeats and sizes (a smoke run, not a measurement)\n"
                   "  --data FILE  also write the sweep's times to FILE (for chapter 9's figure)\n";
      return std::cout.flush() ? 0 : 1;
    }
    if (args[i] == "--quick") {
      quick = true;
    } else if (args[i] == "--data" && i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) {
      ++i;
    } else {
      std::cerr << "bench: "
                << (args[i] == "--data" ? "--data needs a file name"
                                        : "unrecognised option '" + printable(args[i]) + "'")
                << " (see bench --help)\n";
      return 2;
    }
  }
  const auto data_flag = std::find(args.begin(), args.end(), "--data");
  const int repeats = quick ? 1 : 7;
  Peers peers;
  std::cout << "bench: per-epoch training time, median of " << repeats << " repeats"
            << (quick ? " (--quick: a smoke run, not a measurement)" : "") << "\n";
  describe_machine(peers);
  std::vector<Result> results;
  std::cout << "\nThe article's 2-4-1 network on its 4 people:\n";
  bool all_agree = run({article(quick)}, repeats, peers, results);
  std::cout << "\nChapter 8's data: 341 training rows, 30-8-1, full batch:\n";
  all_agree = run({tumours(quick)}, repeats, peers, results) && all_agree;

  std::cout << "\nThe sweep: synthetic people, wider layers, bigger batches:\n";
  std::vector<Problem> sweep;
  for (const int h : quick ? std::vector<int>{4, 64} : std::vector<int>{4, 64, 256, 1024}) {
    for (const int b : quick ? std::vector<int>{4, 256} : std::vector<int>{4, 256, 4096}) {
      sweep.push_back(sweep_point(h, b, quick));
    }
  }
  all_agree = run(sweep, repeats, peers, results) && all_agree;
  if (data_flag != args.end()) {
    std::ofstream out(*(data_flag + 1));
    out << "# build/bin/bench: seconds per epoch (median of " << repeats << ")\n"
        << "# hidden batch work=hidden*batch numpy readable fast eigen pytorch\n";
    std::vector<std::size_t> by_work(sweep.size());  // the figure's x axis: smallest first
    for (std::size_t i = 0; i < sweep.size(); ++i) by_work[i] = i;
    std::stable_sort(by_work.begin(), by_work.end(), [&](std::size_t a, std::size_t b) {
      return sweep[a].hidden * sweep[a].batch < sweep[b].hidden * sweep[b].batch;
    });
    for (const std::size_t i : by_work) {
      out << sweep[i].hidden << ' ' << sweep[i].batch << ' ' << sweep[i].hidden * sweep[i].batch
          << ' ' << results[i].numpy << ' ' << results[i].readable << ' ' << results[i].fast << ' '
          << results[i].eigen << ' ' << results[i].torch << '\n';
    }
    if (!out) {
      std::cerr << "bench: cannot write " << *(data_flag + 1) << "\n";
      return 1;
    }
  }
  if (!all_agree) {
    std::cerr << "bench: FAILED: a final loss differs from the readable loop's by more than its "
                 "tolerance (fast "
              << kSameNumbers << ", NumPy, PyTorch and Eigen " << kOtherOrder << ", relative)\n";
    return 1;
  }
  std::cout << "\nEvery final loss equals the readable loop's: fast to " << kSameNumbers
            << ", NumPy, PyTorch and Eigen to " << kOtherOrder << " (relative).\n";
  return 0;
}
