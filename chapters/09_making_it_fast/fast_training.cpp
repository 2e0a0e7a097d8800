// fast_training.cpp - chapter 9: the fast trainer, one speed-up at a time.
//
// Shapes, as everywhere in the book: N examples, I inputs, H hidden units, one
// output. Arrays are row by row, like Matrix: W1[i * H + h] is W1(i,h). The
// arrays themselves, and step 1's epoch and step 2's loss term (exercises 21
// and 22, in plain_steps.cpp), are in fast_parts.h.
#include "09_making_it_fast/fast_training.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "01_single_neuron/neuron.h"
#include "03_loss/loss.h"
#include "05_training_loop/training.h"
#include "09_making_it_fast/fast_math.h"
#include "09_making_it_fast/fast_parts.h"

namespace {

Parameters flatten(const Network& net) {
  Parameters p;
  p.inputs = net.W1.rows();
  p.hidden = net.W1.cols();
  p.W1.assign(net.W1.values().begin(), net.W1.values().end());
  p.b1.assign(net.b1.values().begin(), net.b1.values().end());
  p.W2.assign(net.W2.values().begin(), net.W2.values().end());
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
// Steps 2 to 4 take the examples a chunk of kChunkRows at a time: forward, loss
// and backward while the chunk's numbers are in the cache, straight into the
// sums. Nothing (N,H) is ever stored.
constexpr int kChunkRows = 32;

// Step 2, fused. The chunk is stored example by example, a (rows,H), and each
// example enters the sums in order 0, 1, ...: chapter 5's order, same bits.
// The pointers are marked __restrict (a promise that no two of them overlap),
// so the compiler need not check for overlap before every short loop.
struct alignas(64) Rows {  // one per thread, on cache lines of its own (see Sums)
  Buffer a, dz1, term;     // (kChunkRows,H), (1,H), (kChunkRows,1)
  explicit Rows(int hidden) : a(kChunkRows * hidden), dz1(hidden), term(kChunkRows) {}
};

//! [fused]
// The sigmoid of v[0..count), in one loop: with std::exp (step 2), or with
// fast_exp (steps 3 and 4), which the compiler turns into vector instructions.
void sigmoid_in_place(double* v, int count, bool fast) {
  if (fast) {
    for (int j = 0; j < count; ++j) v[j] = 1.0 / (1.0 + fast_exp(-v[j]));
  } else {
    for (int j = 0; j < count; ++j) v[j] = sigmoid(v[j]);
  }
}

// The output's sum a (1,H) @ W2 (H,1). In order (step 2), each addition waits
// for the one before; in 8 lanes (steps 3 and 4), 8 running sums are
// independent, and vectorise.
double output_sum(const double* __restrict a, const double* __restrict W2, int H, bool fast) {
  double sum = 0.0;
  int h = 0;
  if (fast) {
    double lane[8] = {};
    for (; h + 8 <= H; h += 8) {
      for (int j = 0; j < 8; ++j) lane[j] += a[h + j] * W2[h + j];
    }
    for (const double part : lane) sum += part;
  }
  for (; h < H; ++h) sum += a[h] * W2[h];
  return sum;
}

// Rows [first, last) of X (N,I) and y (N,1): forward, loss and backward, added
// into `sums`; y_hat[n] is written for each row.
void rows_forward_backward(const Parameters& p, const double* X, const double* y, int first,
                           int last, Rows& s, double* y_hat, Sums& sums, bool fast) {
  const int I = p.inputs, H = p.hidden;
  const double* __restrict W1 = p.W1.data();
  const double* __restrict W2 = p.W2.data();
  double* __restrict dW1 = sums.dW1.data();
  double* __restrict db1 = sums.db1.data();
  double* __restrict dW2 = sums.dW2.data();
  double* __restrict dz1 = s.dz1.data();
  for (int begin = first; begin < last; begin += kChunkRows) {
    const int rows = std::min(kChunkRows, last - begin);
    for (int r = 0; r < rows; ++r) {  // z1 = x @ W1 + b1, in matmul's order
      const double* __restrict x = X + (begin + r) * I;
      double* __restrict z = &s.a[r * H];
      // 0 + x[0] * W1 is x[0] * W1: the first loop writes it, instead of zeros
      // (written one by one, zeros make the next loop's vector reads wait).
      for (int h = 0; h < H; ++h) z[h] = x[0] * W1[h];
      for (int i = 1; i < I; ++i) {
        const double x_i = x[i];
        for (int h = 0; h < H; ++h) z[h] += x_i * W1[i * H + h];
      }
      for (int h = 0; h < H; ++h) z[h] += p.b1[h];
    }
    sigmoid_in_place(s.a.data(), rows * H, fast);  // a1, the whole chunk at once
    for (int r = 0; r < rows; ++r) {               // z2 = a1 @ W2 + b2
      y_hat[begin + r] = output_sum(&s.a[r * H], W2, H, fast) + p.b2;
    }
    sigmoid_in_place(y_hat + begin, rows, fast);  // y_hat
    for (int r = 0; r < rows; ++r) {              // the loss terms
      const double p_hat = y_hat[begin + r], label = y[begin + r];
      s.term[r] = fast ? label * fast_log(p_hat + kLogEpsilon) +
                             (1 - label) * fast_log(1 - p_hat + kLogEpsilon)
                       : loss_term(p_hat, label);
    }
    for (int r = 0; r < rows; ++r) {  // backward, one example at a time
      const int n = begin + r;
      const double* __restrict x = X + n * I;
      const double* __restrict a = &s.a[r * H];
      sums.loss += s.term[r];
      const double dz2 = y_hat[n] - y[n];  // (1,1)
      sums.db2 += dz2;
      // Three loops, not one: each runs in vectors of one width, so that what
      // the second writes, the third reads without waiting.
      for (int h = 0; h < H; ++h) dW2[h] += a[h] * dz2;  // a1.T @ dz2, this example's part
      for (int h = 0; h < H; ++h) dz1[h] = dz2 * W2[h] * a[h] * (1.0 - a[h]);  // W2 as it is
      for (int h = 0; h < H; ++h) db1[h] += dz1[h];
      for (int i = 0; i < I; ++i) {
        const double x_i = x[i];
        for (int h = 0; h < H; ++h) dW1[i * H + h] += x_i * dz1[h];  // X.T @ dz1
      }
    }
  }
}
//! [fused]

// Steps 3 and 4, vector. The chunk is stored hidden unit by hidden unit,
// a (H,kChunkRows), so that every inner loop runs across the chunk's 32
// examples: the same 32 iterations whatever H is, which the compiler turns
// into a few vector instructions. The sums over examples are kept in 8
// lanes (example r adds into lane r % 8) and the lanes added at the end: 8
// independent additions at a time instead of one long chain.
constexpr int kLanes = 8;

struct alignas(64) Columns {  // one per thread, on cache lines of its own (see Sums)
  Buffer xT, a;               // (I,kChunkRows): the chunk's inputs; (H,kChunkRows)
  Buffer dW1, db1, dW2;       // the sums, kLanes numbers for each
  double db2[kLanes] = {};
  Columns(int inputs, int hidden)
      : xT(inputs * kChunkRows),
        a(hidden * kChunkRows),
        dW1(inputs * hidden * kLanes),
        db1(hidden * kLanes),
        dW2(hidden * kLanes) {}
};

// lanes[j] += sum of u[r] * v[r] over examples r = j, j + 8, j + 16, ... < count.
void add_in_lanes(const double* __restrict u, const double* __restrict v, int count,
                  double* __restrict lanes) {
  double sum[kLanes] = {};
  for (int r = 0; r < count; r += kLanes) {
    for (int j = 0; j < kLanes; ++j) sum[j] += u[r + j] * v[r + j];
  }
  for (int j = 0; j < kLanes; ++j) lanes[j] += sum[j];
}

double sum_of_lanes(const double* lanes) {  // lane 0 + lane 1 + ... + lane 7
  double sum = 0.0;
  for (int j = 0; j < kLanes; ++j) sum += lanes[j];
  return sum;
}

//! [vector]
void columns_forward_backward(const Parameters& p, const double* X, const double* y, int first,
                              int last, Columns& c, double* y_hat, Sums& sums) {
  const int I = p.inputs, H = p.hidden, L = kLanes;
  constexpr int R = kChunkRows;
  double ones[R];  // for the plain sums (db1, db2), which add_in_lanes computes as 1 * v
  std::fill(ones, ones + R, 1.0);
  double* __restrict xT = c.xT.data();
  double* __restrict dW1 = c.dW1.data();
  double* __restrict db1 = c.db1.data();
  double* __restrict dW2 = c.dW2.data();
  std::fill(c.dW1.begin(), c.dW1.end(), 0.0);
  std::fill(c.db1.begin(), c.db1.end(), 0.0);
  std::fill(c.dW2.begin(), c.dW2.end(), 0.0);
  std::fill(c.db2, c.db2 + L, 0.0);
  for (int begin = first; begin < last; begin += R) {
    const int rows = std::min(R, last - begin);
    for (int r = 0; r < rows; ++r) {  // xT = the chunk's X, transposed
      for (int i = 0; i < I; ++i) xT[i * R + r] = X[(begin + r) * I + i];
    }
    for (int i = 0; i < I && rows < R; ++i) {  // missing examples are 0
      std::fill(&xT[i * R + rows], &xT[i * R + R], 0.0);
    }
    double z2[R] = {};
    for (int h = 0; h < H; ++h) {  // a1 = sigmoid(W1.T @ xT + b1), one hidden unit at a time
      double z[R] = {};
      for (int i = 0; i < I; ++i) {
        const double w = p.W1[i * H + h];
        for (int r = 0; r < R; ++r) z[r] += xT[i * R + r] * w;
      }
      double* __restrict a = &c.a[h * R];
      const double b = p.b1[h], w2 = p.W2[h];
      for (int r = 0; r < R; ++r) a[r] = 1.0 / (1.0 + fast_exp(-(z[r] + b)));
      for (int r = 0; r < R; ++r) z2[r] += a[r] * w2;  // the output's sum, h in order
    }
    double p_hat[R], label[R] = {}, term[R], dz2[R];  // y_hat, y, loss terms, y_hat - y
    std::copy(y + begin, y + begin + rows, label);
    for (int r = 0; r < R; ++r) p_hat[r] = 1.0 / (1.0 + fast_exp(-(z2[r] + p.b2)));
    for (int r = 0; r < R; ++r) {
      term[r] = label[r] * fast_log(p_hat[r] + kLogEpsilon) +
                (1 - label[r]) * fast_log(1 - p_hat[r] + kLogEpsilon);
    }
    for (int r = 0; r < R; ++r) dz2[r] = p_hat[r] - label[r];
    std::fill(dz2 + rows, dz2 + R, 0.0);  // a missing example adds nothing
    for (int r = 0; r < rows; ++r) {
      y_hat[begin + r] = p_hat[r];
      sums.loss += term[r];
    }
    add_in_lanes(ones, dz2, R, c.db2);
    for (int h = 0; h < H; ++h) {  // backward, one hidden unit at a time
      const double* __restrict a = &c.a[h * R];
      const double w2 = p.W2[h];
      double dz1[R];
      for (int r = 0; r < R; ++r) dz1[r] = dz2[r] * w2 * a[r] * (1.0 - a[r]);
      add_in_lanes(a, dz2, R, &dW2[h * L]);  // a1.T @ dz2, this chunk's part
      add_in_lanes(ones, dz1, R, &db1[h * L]);
      for (int i = 0; i < I; ++i) add_in_lanes(&xT[i * R], dz1, R, &dW1[(i * H + h) * L]);
    }
  }
  // The lanes into the sums, lane 0 first.
  for (int j = 0; j < I * H; ++j) sums.dW1[j] += sum_of_lanes(&dW1[j * L]);
  for (int h = 0; h < H; ++h) {
    sums.db1[h] += sum_of_lanes(&db1[h * L]);
    sums.dW2[h] += sum_of_lanes(&dW2[h * L]);
  }
  sums.db2 += sum_of_lanes(c.db2);
}
//! [vector]

// Rows [first, last), steps 3 and 4: with at least a chunk of examples, the
// vector kernel; with fewer (the article's 4), step 2's kernel, which runs
// across the hidden units, with fast_exp (`fast`).
void vector_forward_backward(const Parameters& p, const double* X, const double* y, int first,
                             int last, Rows& s, Columns& c, double* y_hat, Sums& sums) {
  if (last - first < kChunkRows) {
    rows_forward_backward(p, X, y, first, last, s, y_hat, sums, true);
  } else {
    columns_forward_backward(p, X, y, first, last, c, y_hat, sums);
  }
}

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
  Buffer y_hat(N);

  //! [allocate]
  // `upto` is the last step this run takes. From step 3 on, the vector kernel:
  const bool vector = upto == Speedup::vector || upto == Speedup::threads;
  // Step 4 only: how many blocks of examples, shared by how many threads
  // (both 1 before step 4, or when the problem is too small to share out).
  const double activations = double(N) * H;
  const bool split =
      upto == Speedup::threads && (threads > 0 || activations >= kActivationsToSplit);
  const int blocks = split ? (N + kBlockRows - 1) / kBlockRows : 1;
  const int workers = std::min(blocks, threads > 0 ? threads : omp_get_num_procs());

  // Everything an epoch writes, allocated here, once.
  Workspace ws;
  if (upto == Speedup::workspace) ws = Workspace{Buffer(N * H), Buffer(N * H), Buffer(N)};
  std::vector<Sums> block_sums(blocks, Sums(p.inputs, H));
  Sums total(p.inputs, H);
  std::vector<Rows> rows(workers, Rows(H));                                  // one per thread
  std::vector<Columns> columns(vector ? workers : 0, Columns(p.inputs, H));  // steps 3 and 4
  //! [allocate]

  const double* x = X.values().data();
  const double* labels = y.values().data();
  for (int epoch = 0; epoch < settings.epochs; ++epoch) {
    total.clear();
    if (upto == Speedup::workspace) {
      epoch_workspace(p, x, labels, N, ws, total);
    } else if (!vector) {
      rows_forward_backward(p, x, labels, 0, N, rows[0], y_hat.data(), total, false);
    } else if (blocks == 1) {
      vector_forward_backward(p, x, labels, 0, N, rows[0], columns[0], y_hat.data(), total);
    } else {
      //! [threads]
      // Block b goes to thread b % workers; each block has its own sums.
#pragma omp parallel for num_threads(workers) schedule(static, 1)
      for (int b = 0; b < blocks; ++b) {
        const int w = omp_get_thread_num();  // 0 ... workers - 1: this thread's scratch
        block_sums[b].clear();
        const int first = b * kBlockRows, last = std::min(N, first + kBlockRows);
        vector_forward_backward(p, x, labels, first, last, rows[w], columns[w], y_hat.data(),
                                block_sums[b]);
      }
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
