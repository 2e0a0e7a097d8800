// fast_parts.h - chapter 9: the fast trainer's plain arrays, and the two of
// its functions that are exercises (plain_steps.cpp; the student's copy is
// exercises/plain_steps.cpp). The steps themselves are fast_training.cpp.
//
// Shapes, as everywhere in the book: N examples, I inputs, H hidden units, one
// output. Arrays are row by row, like Matrix: W1[i * H + h] is W1(i,h).
// Tests: tests/test_chapter9.cpp and tests/exercises/test_chapter9_exercises.cpp.
#pragma once

#include <algorithm>
#include <cstddef>
#include <new>
#include <vector>

// Every array of the fast trainer starts on a 64-byte boundary: a cache line,
// and one AVX-512 vector of 8 doubles. (new and std::vector promise only 16
// bytes: a vector load could then straddle two cache lines, twice the work,
// and how often would depend on where the allocator happened to put it.)
template <class T>
struct CacheLineAllocator {
  using value_type = T;
  CacheLineAllocator() = default;
  template <class U>
  explicit CacheLineAllocator(const CacheLineAllocator<U>&) {}
  T* allocate(std::size_t n) {
    return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t(64)));
  }
  void deallocate(T* p, std::size_t) { ::operator delete(p, std::align_val_t(64)); }
  bool operator==(const CacheLineAllocator&) const { return true; }
  bool operator!=(const CacheLineAllocator&) const { return false; }
};
using Buffer = std::vector<double, CacheLineAllocator<double>>;

// The network as plain arrays: W1 (I,H), b1 (1,H), W2 (H,1), b2 (1,1).
struct Parameters {
  int inputs = 0, hidden = 0;
  Buffer W1, b1, W2;
  double b2 = 0.0;
};

// Sums over examples: the gradients before they are divided by N, and the
// loss terms before -1/N. One per block of examples in the `threads` step, each
// on cache lines (64 bytes) of its own: when two cores write to the same
// line, they have to take turns with it, even for different variables.
struct alignas(64) Sums {
  Buffer dW1, db1, dW2;  // (I,H), (1,H), (H,1)
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

// From step 2 on, the examples go through a chunk of kChunkRows at a time:
// forward, loss and backward while the chunk's numbers are in the cache.
constexpr int kChunkRows = 32;
// From step 3 on, the sums over examples are kept in kLanes running sums
// (example r adds into lane r % 8), added together at the end.
constexpr int kLanes = 8;

// Step 2's scratch for one chunk, stored example by example.
struct alignas(64) ChunkByExample {  // one per thread, on cache lines of its own (see Sums)
  Buffer a1, dz1, term;              // (kChunkRows,H), (1,H), (kChunkRows,1)
  explicit ChunkByExample(int hidden) : a1(kChunkRows * hidden), dz1(hidden), term(kChunkRows) {}
};

// Steps 3 and 4: one chunk stored hidden unit by hidden unit, so that the
// inner loops run across its 32 examples, and its sums in kLanes lanes.
struct alignas(64) ChunkByUnit {  // one per thread, on cache lines of its own (see Sums)
  Buffer xT, a1;                  // (I,kChunkRows): the chunk's inputs; (H,kChunkRows)
  Buffer dW1, db1, dW2;           // the sums, kLanes numbers for each
  double db2[kLanes] = {};
  ChunkByUnit(int inputs, int hidden)
      : xT(inputs * kChunkRows),
        a1(hidden * kChunkRows),
        dW1(inputs * hidden * kLanes),
        db1(hidden * kLanes),
        dW2(hidden * kLanes) {}
};

// Every buffer an epoch writes, allocated once for the whole run (step 1's
// idea, which every later step keeps). make_workspace (fast_training.cpp)
// sizes only what the run's step uses; the rest stays empty.
struct Workspace {
  Buffer y_hat;                            // (N,1): every step
  Buffer a1, dz1;                          // (N,H): step 1
  std::vector<ChunkByExample> by_example;  // step 2: one
  std::vector<ChunkByUnit> by_unit;        // steps 3 and 4: one per thread
  std::vector<Sums> block_sums;            // step 4: one per block of examples
};

// Every step is one function with this signature: one epoch over X (N,I) and
// y (N,1), row by row. It writes ws.y_hat and ADDS the epoch's gradient sums
// (not yet divided by N) and loss terms (not yet -1/N) into `sums`, which the
// caller has cleared.
//
// Exercise 21, step 1: chapter 5's epoch on plain arrays, with the same
// additions and multiplications in the same order as chapter 5's matmul,
// transpose and sums, so the same bits. Uses ws.a1, ws.dz1 and ws.y_hat.
void epoch_workspace(const Parameters& p, const double* X, const double* y, int N, Workspace& ws,
                     Sums& sums);

// Exercise 22, step 2: one example's loss term, y log(y_hat + eps) +
// (1 - y) log(1 - y_hat + eps) (chapter 3), with the same bits, but one
// logarithm fewer when y is exactly 0 or 1.
double loss_term(double y_hat, double y);
