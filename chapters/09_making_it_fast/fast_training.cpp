// fast_training.cpp - chapter 9: the fast trainer, one function per step.
//
// Steps 2, 3 and 4 are here: epoch_fused, epoch_vector and epoch_threads.
// Step 1 (epoch_workspace) and step 2's loss term are exercises 21 and 22, in
// plain_steps.cpp. Every step has the same signature (fast_parts.h says what
// it does) and train_fast picks one with a switch. Like the kernels of llm.c,
// each step is whole in itself: reading one never needs another, even where
// that means a loop written again with one change. The reference they all
// match is chapter 5's train(). Tests: tests/test_chapter9.cpp.
//
// Shapes, as everywhere in the book: N examples, I inputs, H hidden units, one
// output. Arrays are row by row, like Matrix: W1[i * H + h] is W1(i,h).
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
// Step 2, fused: a chunk of kChunkRows examples at a time, stored example by
// example, a (count,H). Each example enters the sums in order 0, 1, ...:
// chapter 5's order, same bits. The pointers are marked __restrict (a promise
// that no two of them overlap), so the compiler need not check for overlap
// before every short loop.

//! [fused]
// Examples [begin, begin + count): a1 into chunk.a1 and y_hat into y_hat[begin...].
void fused_forward(const Parameters& p, const double* X, int begin, int count,
                   ChunkByExample& chunk, double* y_hat) {
  const int I = p.inputs, H = p.hidden;
  const double* __restrict W1 = p.W1.data();
  for (int r = 0; r < count; ++r) {  // z1 = x @ W1 + b1, in matmul's order
    const double* __restrict x = X + (begin + r) * I;
    double* __restrict z = &chunk.a1[r * H];
    // 0 + x[0] * W1 is x[0] * W1: the first loop writes it, instead of zeros
    // (written one by one, zeros make the next loop's vector reads wait).
    for (int h = 0; h < H; ++h) z[h] = x[0] * W1[h];
    for (int i = 1; i < I; ++i) {
      const double x_i = x[i];
      for (int h = 0; h < H; ++h) z[h] += x_i * W1[i * H + h];
    }
    for (int h = 0; h < H; ++h) z[h] += p.b1[h];
  }
  for (int j = 0; j < count * H; ++j) chunk.a1[j] = sigmoid(chunk.a1[j]);  // the whole chunk
  for (int r = 0; r < count; ++r) {  // y_hat = sigmoid(a1 @ W2 + b2), h in order
    const double* __restrict a = &chunk.a1[r * H];
    double z2 = 0.0;
    for (int h = 0; h < H; ++h) z2 += a[h] * p.W2[h];
    y_hat[begin + r] = sigmoid(z2 + p.b2);
  }
}

// The same examples' loss terms and their shares of every gradient, one
// example at a time, added into `sums`.
void fused_backward(const Parameters& p, const double* X, const double* y, int begin, int count,
                    ChunkByExample& chunk, const double* y_hat, Sums& sums) {
  const int I = p.inputs, H = p.hidden;
  const double* __restrict W2 = p.W2.data();
  double* __restrict dW1 = sums.dW1.data();
  double* __restrict db1 = sums.db1.data();
  double* __restrict dW2 = sums.dW2.data();
  double* __restrict dz1 = chunk.dz1.data();
  for (int n = begin; n < begin + count; ++n) {
    const double* __restrict x = X + n * I;
    const double* __restrict a = &chunk.a1[(n - begin) * H];
    sums.loss += loss_term(y_hat[n], y[n]);
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

void epoch_fused(const Parameters& p, const double* X, const double* y, int N, Workspace& ws,
                 Sums& sums) {
  for (int begin = 0; begin < N; begin += kChunkRows) {
    const int count = std::min(kChunkRows, N - begin);
    fused_forward(p, X, begin, count, ws.by_example[0], ws.y_hat.data());
    fused_backward(p, X, y, begin, count, ws.by_example[0], ws.y_hat.data(), sums);
  }
}
//! [fused]

// ---------------------------------------------------------------------------
// Step 3, vector: a chunk is stored hidden unit by hidden unit, a (H,kChunkRows),
// so that every inner loop runs across the chunk's 32 examples: the same 32
// iterations whatever H is, which the compiler turns into a few vector
// instructions. A short chunk is filled up with examples of zeros, which add
// nothing. The sums over examples are kept in kLanes lanes (example r adds
// into lane r % 8), added at the end: 8 independent additions at a time
// instead of one long chain.

//! [vector]
// lanes[j] += sum of u[r] * v[r] over the examples r = j, j + 8, j + 16, ... < count.
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

// xT (I,kChunkRows): examples [begin, begin + count) of X, transposed; 0 past count.
void transpose_chunk(const double* X, int I, int begin, int count, double* __restrict xT) {
  constexpr int R = kChunkRows;
  for (int r = 0; r < count; ++r) {
    for (int i = 0; i < I; ++i) xT[i * R + r] = X[(begin + r) * I + i];
  }
  for (int i = 0; i < I && count < R; ++i) std::fill(&xT[i * R + count], &xT[i * R + R], 0.0);
}

// a1 = sigmoid(W1.T @ xT + b1) into chunk.a1, one hidden unit at a time, and
// the output's sums z2 = a1 @ W2 (h in order) for the chunk's 32 examples.
void vector_forward(const Parameters& p, ChunkByUnit& chunk, double* __restrict z2) {
  constexpr int R = kChunkRows;
  const int I = p.inputs, H = p.hidden;
  const double* __restrict xT = chunk.xT.data();
  std::fill(z2, z2 + R, 0.0);
  for (int h = 0; h < H; ++h) {
    double z[R] = {};
    for (int i = 0; i < I; ++i) {
      const double w = p.W1[i * H + h];
      for (int r = 0; r < R; ++r) z[r] += xT[i * R + r] * w;
    }
    double* __restrict a = &chunk.a1[h * R];
    const double b = p.b1[h], w2 = p.W2[h];
    for (int r = 0; r < R; ++r) a[r] = fast_sigmoid(z[r] + b);
    for (int r = 0; r < R; ++r) z2[r] += a[r] * w2;
  }
}

// dz2 (1,kChunkRows) back through the chunk, one hidden unit at a time, into its lanes.
void vector_backward(const Parameters& p, ChunkByUnit& chunk, const double* dz2) {
  constexpr int R = kChunkRows, L = kLanes;
  const int I = p.inputs, H = p.hidden;
  double ones[R];  // for the plain sums (db1, db2), which add_in_lanes computes as 1 * v
  std::fill(ones, ones + R, 1.0);
  add_in_lanes(ones, dz2, R, chunk.db2);
  for (int h = 0; h < H; ++h) {
    const double* __restrict a = &chunk.a1[h * R];
    const double w2 = p.W2[h];
    double dz1[R];
    for (int r = 0; r < R; ++r) dz1[r] = dz2[r] * w2 * a[r] * (1.0 - a[r]);
    add_in_lanes(a, dz2, R, &chunk.dW2[h * L]);  // a1.T @ dz2, this chunk's part
    add_in_lanes(ones, dz1, R, &chunk.db1[h * L]);
    for (int i = 0; i < I; ++i) add_in_lanes(&chunk.xT[i * R], dz1, R, &chunk.dW1[(i * H + h) * L]);
  }
}

// Examples [begin, begin + count), count <= kChunkRows: forward, loss, backward.
void vector_chunk(const Parameters& p, const double* X, const double* y, int begin, int count,
                  ChunkByUnit& chunk, double* y_hat, Sums& sums) {
  constexpr int R = kChunkRows;
  transpose_chunk(X, p.inputs, begin, count, chunk.xT.data());
  double z2[R], out[R], label[R] = {}, term[R], dz2[R];  // out: this chunk's y_hat
  vector_forward(p, chunk, z2);
  std::copy(y + begin, y + begin + count, label);
  for (int r = 0; r < R; ++r) out[r] = fast_sigmoid(z2[r] + p.b2);
  for (int r = 0; r < R; ++r) {
    term[r] = label[r] * fast_log(out[r] + kLogEpsilon) +
              (1 - label[r]) * fast_log(1 - out[r] + kLogEpsilon);
  }
  for (int r = 0; r < R; ++r) dz2[r] = out[r] - label[r];
  std::fill(dz2 + count, dz2 + R, 0.0);  // a missing example adds nothing
  for (int r = 0; r < count; ++r) {
    y_hat[begin + r] = out[r];
    sums.loss += term[r];
  }
  vector_backward(p, chunk, dz2);
}

// Examples [first, last), a chunk at a time; then the lanes into `sums`, lane 0 first.
void vector_examples(const Parameters& p, const double* X, const double* y, int first, int last,
                     ChunkByUnit& chunk, double* y_hat, Sums& sums) {
  const int I = p.inputs, H = p.hidden, L = kLanes;
  std::fill(chunk.dW1.begin(), chunk.dW1.end(), 0.0);
  std::fill(chunk.db1.begin(), chunk.db1.end(), 0.0);
  std::fill(chunk.dW2.begin(), chunk.dW2.end(), 0.0);
  std::fill(chunk.db2, chunk.db2 + L, 0.0);
  for (int begin = first; begin < last; begin += kChunkRows) {
    vector_chunk(p, X, y, begin, std::min(kChunkRows, last - begin), chunk, y_hat, sums);
  }
  for (int j = 0; j < I * H; ++j) sums.dW1[j] += sum_of_lanes(&chunk.dW1[j * L]);
  for (int h = 0; h < H; ++h) {
    sums.db1[h] += sum_of_lanes(&chunk.db1[h * L]);
    sums.dW2[h] += sum_of_lanes(&chunk.dW2[h * L]);
  }
  sums.db2 += sum_of_lanes(chunk.db2);
}

// Fewer examples than one chunk (the article's 4) give the vector instructions
// nothing to run across: a chunk of 32 would be mostly zeros (6.5 times slower
// than step 2 on the article's network: docs/measurements/chapter9_padded_chunk.txt).
// So they get step 2's work.
void epoch_vector(const Parameters& p, const double* X, const double* y, int N, Workspace& ws,
                  Sums& sums) {
  if (N < kChunkRows) return epoch_fused(p, X, y, N, ws, sums);
  vector_examples(p, X, y, 0, N, ws.by_unit[0], ws.y_hat.data(), sums);
}
//! [vector]

// ---------------------------------------------------------------------------
// Step 4, threads: the examples in blocks of kBlockRows, step 3's work on each,
// the blocks shared among the cores.

//! [threads]
void epoch_threads(const Parameters& p, const double* X, const double* y, int N, Workspace& ws,
                   Sums& sums) {
  const int blocks = static_cast<int>(ws.block_sums.size());
  const int workers = static_cast<int>(ws.by_unit.size());
  if (blocks == 1) return epoch_vector(p, X, y, N, ws, sums);  // too small to share out
    // Block b goes to thread b % workers; each block has its own sums.
#pragma omp parallel for num_threads(workers) schedule(static, 1)
  for (int b = 0; b < blocks; ++b) {
    const int w = omp_get_thread_num();  // 0 ... workers - 1: this thread's chunk
    ws.block_sums[b].clear();
    const int first = b * kBlockRows, last = std::min(N, first + kBlockRows);
    vector_examples(p, X, y, first, last, ws.by_unit[w], ws.y_hat.data(), ws.block_sums[b]);
  }
  for (const Sums& part : ws.block_sums) sums.add(part);  // block order, whatever the cores
}
//! [threads]

//! [allocate]
// Everything an epoch of step `upto` writes, allocated once for the run.
// `threads` is the thread count step 4 was given (0: every core).
Workspace make_workspace(Speedup upto, int N, int I, int H, int threads) {
  Workspace ws;
  ws.y_hat.resize(N);
  switch (upto) {
    case Speedup::workspace:
      ws.a1.resize(N * H);
      ws.dz1.resize(N * H);
      break;
    case Speedup::fused:
      ws.by_example.assign(1, ChunkByExample(H));
      break;
    case Speedup::vector:
      ws.by_unit.assign(1, ChunkByUnit(I, H));
      break;
    case Speedup::threads:
      // One block (step 3's work) if the problem is too small to share out,
      // unless a thread count was given; then one chunk per thread.
      const bool split = threads > 0 || double(N) * H >= kActivationsToSplit;
      const int blocks = split ? std::max(1, (N + kBlockRows - 1) / kBlockRows) : 1;
      ws.block_sums.assign(blocks, Sums(I, H));
      ws.by_unit.assign(std::min(blocks, threads > 0 ? threads : omp_get_num_procs()),
                        ChunkByUnit(I, H));
      break;
  }
  if (N < kChunkRows) ws.by_example.assign(1, ChunkByExample(H));  // epoch_vector
  return ws;
}
//! [allocate]

// ShapeError unless net has one output and X (N,I), y (N,1) fit it.
void check_shapes(const Network& net, const Matrix& X, const Matrix& y) {
  if (net.W2.cols() != 1 || y.cols() != 1) {
    throw ShapeError("train_fast: W2 " + net.W2.shape() + ", y " + y.shape() +
                     ": the fast trainer has one output, so both must have one column");
  }
  if (X.cols() != net.W1.rows() || X.rows() != y.rows()) {
    throw ShapeError("train_fast: X " + X.shape() + ", W1 " + net.W1.shape() + ", y " + y.shape() +
                     ": X needs W1's rows as columns and y's rows as rows");
  }
}

}  // namespace

FastHistory train_fast(Network& net, const Matrix& X, const Matrix& y, const Settings& settings,
                       Speedup upto, int threads) {
  check_shapes(net, X, y);
  const int N = X.rows();
  Parameters p = flatten(net);
  Workspace ws = make_workspace(upto, N, p.inputs, p.hidden, threads);
  Sums total(p.inputs, p.hidden);
  FastHistory history;
  history.losses.reserve(settings.epochs);
  const double* x = X.values().data();
  const double* labels = y.values().data();
  for (int epoch = 0; epoch < settings.epochs; ++epoch) {
    total.clear();
    //! [switch]
    switch (upto) {  // one epoch of the step: every step takes the same arguments
      case Speedup::workspace:
        epoch_workspace(p, x, labels, N, ws, total);
        break;
      case Speedup::fused:
        epoch_fused(p, x, labels, N, ws, total);
        break;
      case Speedup::vector:
        epoch_vector(p, x, labels, N, ws, total);
        break;
      case Speedup::threads:
        epoch_threads(p, x, labels, N, ws, total);
        break;
    }
    //! [switch]
    const double loss = -(total.loss / N);  // chapter 3's -mean
    if (!std::isfinite(loss)) throw TrainingDiverged(epoch, loss, settings);
    history.losses.push_back(loss);
    sgd_step(p, total, N, settings.learning_rate);
  }
  copy_back(p, net);
  history.y_hat = Matrix(N, 1);
  for (int n = 0; n < N; ++n) history.y_hat(n, 0) = ws.y_hat[n];
  return history;
}
