// fast_training.cpp - chapter 9: the fast trainer, one speed-up at a time.
//
// Shapes, as everywhere in the book: N examples, I inputs, H hidden units, one
// output. Arrays are row by row, like Matrix: W1[i * H + h] is W1(i,h).
#include "09_making_it_fast/fast_training.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "01_single_neuron/neuron.h"
#include "03_loss/loss.h"
#include "05_training_loop/training.h"
#include "09_making_it_fast/fast_exp.h"

const char* speedup_name(Speedup step) {
  switch (step) {
    case Speedup::workspace:
      return "workspace";
    case Speedup::fused:
      return "fused";
    case Speedup::vector:
      return "vector";
    case Speedup::threads:
      return "threads";
  }
  return "?";
}

namespace {

// The network as plain arrays: W1 (I,H), b1 (1,H), W2 (H,1), b2 (1,1).
struct Parameters {
  int inputs = 0, hidden = 0;
  std::vector<double> W1, b1, W2;
  double b2 = 0.0;
};

Parameters flatten(const Network& net) {
  Parameters p;
  p.inputs = net.W1.rows();
  p.hidden = net.W1.cols();
  p.W1 = net.W1.values();
  p.b1 = net.b1.values();
  p.W2 = net.W2.values();
  p.b2 = net.b2(0, 0);
  return p;
}

void copy_back(const Parameters& p, Network& net) {
  for (int i = 0; i < p.inputs; ++i) {
    for (int h = 0; h < p.hidden; ++h) net.W1(i, h) = p.W1[i * p.hidden + h];
  }
  for (int h = 0; h < p.hidden; ++h) {
    net.b1(0, h) = p.b1[h];
    net.W2(h, 0) = p.W2[h];
  }
  net.b2(0, 0) = p.b2;
}

// Sums over examples: the gradients before they are divided by N, and the
// loss terms before -1/N. One per block of rows in the `threads` step.
struct Sums {
  std::vector<double> dW1, db1, dW2;  // (I,H), (1,H), (H,1)
  double db2 = 0.0, loss = 0.0;

  Sums(int inputs, int hidden) : dW1(inputs * hidden), db1(hidden), dW2(hidden) {}
  void clear() {
    std::fill(dW1.begin(), dW1.end(), 0.0);
    std::fill(db1.begin(), db1.end(), 0.0);
    std::fill(dW2.begin(), dW2.end(), 0.0);
    db2 = loss = 0.0;
  }
  void add(const Sums& other) {  // this += other, element by element
    for (std::size_t j = 0; j < dW1.size(); ++j) dW1[j] += other.dW1[j];
    for (std::size_t h = 0; h < db1.size(); ++h) db1[h] += other.db1[h];
    for (std::size_t h = 0; h < dW2.size(); ++h) dW2[h] += other.dW2[h];
    db2 += other.db2;
    loss += other.loss;
  }
};

// One example's loss term, y log(p + eps) + (1 - y) log(1 - p + eps) (chapter 3).
// With y exactly 1 or 0 one of the two is 0 * (a finite number), which adds
// nothing: leaving it out gives the same bits and saves a log.
double loss_term(double p, double y) {
  if (y == 1.0) return std::log(p + kLogEpsilon);
  if (y == 0.0) return std::log(1 - p + kLogEpsilon);
  return y * std::log(p + kLogEpsilon) + (1 - y) * std::log(1 - p + kLogEpsilon);
}

// The update, chapter 5's sgd_step on arrays: W <- W - lr * (sum / N).
void sgd_step(Parameters& p, const Sums& sums, double n, double lr) {
  for (std::size_t j = 0; j < p.W1.size(); ++j) p.W1[j] = p.W1[j] - lr * (sums.dW1[j] / n);
  for (int h = 0; h < p.hidden; ++h) {
    p.b1[h] = p.b1[h] - lr * (sums.db1[h] / n);
    p.W2[h] = p.W2[h] - lr * (sums.dW2[h] / n);
  }
  p.b2 = p.b2 - lr * (sums.db2 / n);
}

// ---------------------------------------------------------------------------
// Step 1, workspace: chapter 5's epoch loop for loop (matmul's r, k, c order,
// transpose by reading across), but into buffers that live as long as the run.
//! [workspace]
struct Workspace {
  std::vector<double> a1, dz1;  // (N,H)
  std::vector<double> y_hat;    // (N,1)
};

// Adds the epoch's gradient and loss sums into `sums` (cleared by the caller).
void epoch_workspace(const Parameters& p, const double* X, const double* y, int N, Workspace& ws,
                     Sums& sums) {
  const int I = p.inputs, H = p.hidden;
  std::fill(ws.a1.begin(), ws.a1.end(), 0.0);
  for (int n = 0; n < N; ++n) {  // z1 = X @ W1, then a1 = sigmoid(z1 + b1)
    for (int i = 0; i < I; ++i) {
      for (int h = 0; h < H; ++h) ws.a1[n * H + h] += X[n * I + i] * p.W1[i * H + h];
    }
    for (int h = 0; h < H; ++h) ws.a1[n * H + h] = sigmoid(ws.a1[n * H + h] + p.b1[h]);
  }
  for (int n = 0; n < N; ++n) {  // y_hat = sigmoid(a1 @ W2 + b2)
    double z2 = 0.0;
    for (int h = 0; h < H; ++h) z2 += ws.a1[n * H + h] * p.W2[h];
    ws.y_hat[n] = sigmoid(z2 + p.b2);
  }
  for (int n = 0; n < N; ++n) {
    sums.loss += y[n] * std::log(ws.y_hat[n] + kLogEpsilon) +
                 (1 - y[n]) * std::log(1 - ws.y_hat[n] + kLogEpsilon);
  }
  for (int h = 0; h < H; ++h) {  // dW2 = a1.T @ dz2, dz2 = y_hat - y
    for (int n = 0; n < N; ++n) sums.dW2[h] += ws.a1[n * H + h] * (ws.y_hat[n] - y[n]);
  }
  for (int n = 0; n < N; ++n) sums.db2 += ws.y_hat[n] - y[n];
  for (int n = 0; n < N; ++n) {  // dz1 = (dz2 @ W2.T) * a1 * (1 - a1)
    for (int h = 0; h < H; ++h) {
      const double a = ws.a1[n * H + h];
      ws.dz1[n * H + h] = (ws.y_hat[n] - y[n]) * p.W2[h] * a * (1.0 - a);
    }
  }
  for (int i = 0; i < I; ++i) {  // dW1 = X.T @ dz1
    for (int n = 0; n < N; ++n) {
      for (int h = 0; h < H; ++h) sums.dW1[i * H + h] += X[n * I + i] * ws.dz1[n * H + h];
    }
  }
  for (int n = 0; n < N; ++n) {  // db1 = column sums of dz1
    for (int h = 0; h < H; ++h) sums.db1[h] += ws.dz1[n * H + h];
  }
}
//! [workspace]

// ---------------------------------------------------------------------------
// Steps 2 to 4 take the examples kChunkRows at a time: forward, loss and
// backward while the chunk's numbers are in the cache, straight into the sums.
// Nothing (N,H) is ever stored. Rows still enter the sums in order 0, 1, ...
constexpr int kChunkRows = 32;

// Room for one chunk: its hidden layer, outputs and one row's dz1.
struct Scratch {
  std::vector<double> a, p, dz1;  // (kChunkRows,H), (kChunkRows,1), (1,H)
  explicit Scratch(int hidden) : a(kChunkRows * hidden), p(kChunkRows), dz1(hidden) {}
};

// The sigmoid of every entry of v[0..count): with std::exp one call at a time,
// or with fast_exp, which the compiler turns into vector instructions.
void sigmoid_in_place(double* v, int count, bool vector) {
  if (vector) {
    for (int j = 0; j < count; ++j) v[j] = 1.0 / (1.0 + fast_exp(-v[j]));
  } else {
    for (int j = 0; j < count; ++j) v[j] = sigmoid(v[j]);
  }
}

// The output's sum a (1,H) @ W2 (H,1). In order, each addition waits for the
// one before; in 8 lanes, 8 running sums are independent (and vectorise).
double output_sum(const Parameters& p, const double* a, bool vector) {
  const int H = p.hidden;
  double sum = 0.0;
  int h = 0;
  if (vector) {
    double lane[8] = {};
    for (; h + 8 <= H; h += 8) {
      for (int j = 0; j < 8; ++j) lane[j] += a[h + j] * p.W2[h + j];
    }
    for (const double part : lane) sum += part;
  }
  for (; h < H; ++h) sum += a[h] * p.W2[h];
  return sum;
}

//! [fused]
// Rows [first, last) of X (N,I) and y (N,1): forward, loss and backward, added
// into `sums`, kChunkRows rows at a time; y_hat[n] is written for each row.
void rows_forward_backward(const Parameters& p, const double* X, const double* y, int first,
                           int last, bool vector, Scratch& s, double* y_hat, Sums& sums) {
  const int I = p.inputs, H = p.hidden;
  for (int begin = first; begin < last; begin += kChunkRows) {
    const int rows = std::min(kChunkRows, last - begin);
    for (int r = 0; r < rows; ++r) {  // z1 = x @ W1 + b1, row by row, in matmul's order
      const double* x = X + (begin + r) * I;
      double* a = &s.a[r * H];
      for (int h = 0; h < H; ++h) a[h] = 0.0;
      for (int i = 0; i < I; ++i) {
        for (int h = 0; h < H; ++h) a[h] += x[i] * p.W1[i * H + h];
      }
      for (int h = 0; h < H; ++h) a[h] += p.b1[h];
    }
    sigmoid_in_place(s.a.data(), rows * H, vector);  // a1: the whole chunk in one loop
    for (int r = 0; r < rows; ++r) s.p[r] = output_sum(p, &s.a[r * H], vector) + p.b2;
    sigmoid_in_place(s.p.data(), rows, vector);  // y_hat
    for (int r = 0; r < rows; ++r) {             // backward, one row at a time, into the sums
      const int n = begin + r;
      const double* x = X + n * I;
      const double* a = &s.a[r * H];
      y_hat[n] = s.p[r];
      sums.loss += loss_term(s.p[r], y[n]);
      const double dz2 = s.p[r] - y[n];  // (1,1)
      sums.db2 += dz2;
      for (int h = 0; h < H; ++h) {
        sums.dW2[h] += a[h] * dz2;                       // a1.T @ dz2, this row's part
        s.dz1[h] = dz2 * p.W2[h] * a[h] * (1.0 - a[h]);  // no transpose of W2 needed
        sums.db1[h] += s.dz1[h];
      }
      for (int i = 0; i < I; ++i) {
        for (int h = 0; h < H; ++h) sums.dW1[i * H + h] += x[i] * s.dz1[h];  // X.T @ dz1
      }
    }
  }
}
//! [fused]

}  // namespace

FastHistory train_fast(Network& net, const Matrix& X, const Matrix& y, const Settings& settings,
                       Speedup upto, int threads) {
  if (net.W2.cols() != 1 || y.cols() != 1) {
    throw ShapeError("train_fast: W2 " + net.W2.shape() + ", y " + y.shape() +
                     ": the fast trainer has one output, so both must have one column");
  }
  if (X.cols() != net.W1.rows() || X.rows() != y.rows()) {
    throw ShapeError("train_fast: X " + X.shape() + ", W1 " + net.W1.shape() + ", y " + y.shape() +
                     ": X needs W1's rows as columns and y's rows as rows");
  }
  const int N = X.rows(), H = net.W1.cols();
  Parameters p = flatten(net);
  FastHistory history;
  history.losses.reserve(settings.epochs);
  std::vector<double> y_hat(N);

  //! [allocate]
  // Everything an epoch writes, allocated here, once.
  Workspace ws;
  if (upto == Speedup::workspace)
    ws = Workspace{std::vector<double>(N * H), std::vector<double>(N * H), std::vector<double>(N)};
  const int blocks = upto == Speedup::threads ? (N + kBlockRows - 1) / kBlockRows : 1;
  std::vector<Sums> block_sums(blocks, Sums(p.inputs, H));
  Sums total(p.inputs, H);
  const int cores = static_cast<int>(std::thread::hardware_concurrency());
  const double work = double(N) * H * p.inputs;
  const int wanted = threads > 0 ? threads : (work < kWorkPerThread ? 1 : std::max(cores, 1));
  const int workers = std::min(blocks, wanted);
  std::vector<Scratch> scratch(workers, Scratch(H));  // one per thread
  //! [allocate]

  const bool vector = upto == Speedup::vector || upto == Speedup::threads;
  const double* x = X.values().data();
  const double* labels = y.values().data();
  for (int epoch = 0; epoch < settings.epochs; ++epoch) {
    total.clear();
    if (upto == Speedup::workspace) {
      epoch_workspace(p, x, labels, N, ws, total);
    } else if (blocks == 1) {
      rows_forward_backward(p, x, labels, 0, N, vector, scratch[0], y_hat.data(), total);
    } else {
      //! [threads]
      // Worker w takes blocks w, w + workers, ...; each block has its own sums.
      auto work = [&](int w) {
        for (int b = w; b < blocks; b += workers) {
          block_sums[b].clear();
          const int first = b * kBlockRows, last = std::min(N, first + kBlockRows);
          rows_forward_backward(p, x, labels, first, last, vector, scratch[w], y_hat.data(),
                                block_sums[b]);
        }
      };
      std::vector<std::thread> helpers;  // none when workers is 1
      for (int w = 1; w < workers; ++w) helpers.emplace_back(work, w);
      work(0);  // this thread is worker 0
      for (std::thread& helper : helpers) helper.join();
      for (const Sums& part : block_sums) total.add(part);  // block order, whatever the cores
      //! [threads]
    }
    const double loss = -(total.loss / N);  // chapter 3's -mean
    if (!std::isfinite(loss)) throw TrainingDiverged(epoch, loss, settings);
    history.losses.push_back(loss);
    sgd_step(p, total, N, settings.learning_rate);
  }
  if (upto == Speedup::workspace) y_hat = ws.y_hat;
  copy_back(p, net);
  history.y_hat = Matrix(N, 1);
  for (int n = 0; n < N; ++n) history.y_hat(n, 0) = y_hat[n];
  return history;
}
