// matrix.h - the one matrix type every chapter uses.
//
// A Matrix is a grid of doubles stored row by row ("row-major"), with a shape
// (rows, cols) printed as "(rows,cols)" like NumPy's .shape.
//
// Shape letters used in comments throughout the book:
//   N = examples (one person per row)   I = inputs per example (2: height, weight)
//   H = hidden units (4)                O = outputs (1: probability of "male")
//
// Products have names you cannot misread:
//   matmul(A, B)    the matrix product, NumPy's A @ B
//   hadamard(A, B)  the element-wise product, NumPy's A * B on equal shapes
//   transpose_matmul(A, B)  transpose(A) @ B without building transpose(A)
// `*` is only used with a plain number (2.0 * A), where it can mean one thing.
//
// Every operation checks shapes and throws ShapeError naming the operation and
// both shapes, e.g. "matmul: (4,2) @ (4,1): inner dimensions 2 and 4 differ".
#pragma once

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// Thrown when two matrices do not fit together. The message is the lesson.
class ShapeError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

class Matrix {
 public:
  Matrix() = default;  // (0,0): empty

  // (rows,cols) filled with one value, e.g. Matrix(1, 4) is a row of zeros.
  Matrix(int rows, int cols, double fill = 0.0) : rows_(rows), cols_(cols) {
    if (rows < 0 || cols < 0) {
      throw ShapeError("Matrix: shape (" + std::to_string(rows) + "," + std::to_string(cols) +
                       ") has a negative side");
    }
    data_.assign(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols), fill);
  }

  // Written like NumPy's np.array: Matrix{{1, 2}, {3, 4}} is (2,2).
  Matrix(std::initializer_list<std::initializer_list<double>> rows)
      : rows_(static_cast<int>(rows.size())),
        cols_(rows.size() == 0 ? 0 : static_cast<int>(rows.begin()->size())) {
    int r = 0;
    for (const auto& row : rows) {
      if (static_cast<int>(row.size()) != cols_) {
        throw ShapeError("Matrix: row " + std::to_string(r) + " has " + std::to_string(row.size()) +
                         " values but row 0 has " + std::to_string(cols_));
      }
      data_.insert(data_.end(), row.begin(), row.end());
      ++r;
    }
  }

  int rows() const { return rows_; }
  int cols() const { return cols_; }
  int size() const { return rows_ * cols_; }
  std::string shape() const {
    return "(" + std::to_string(rows_) + "," + std::to_string(cols_) + ")";
  }

  // Element (r, c), counted from 0. Checked: a wrong index throws, it never
  // reads someone else's memory.
  double& operator()(int r, int c) { return data_[index(r, c)]; }
  double operator()(int r, int c) const { return data_[index(r, c)]; }

  // All elements in row-major order, for loops that treat the matrix as a list.
  std::vector<double>& values() { return data_; }
  const std::vector<double>& values() const { return data_; }

 private:
  std::size_t index(int r, int c) const {
    if (r < 0 || r >= rows_ || c < 0 || c >= cols_) {
      throw std::out_of_range("Matrix " + shape() + ": element (" + std::to_string(r) + "," +
                              std::to_string(c) + ") is outside the matrix");
    }
    return static_cast<std::size_t>(r) * static_cast<std::size_t>(cols_) +
           static_cast<std::size_t>(c);
  }

  int rows_ = 0;
  int cols_ = 0;
  std::vector<double> data_;
};

// ---------------------------------------------------------------------------
// Shape checks. Each one throws ShapeError with the operation and both shapes.
// ---------------------------------------------------------------------------

inline void require_same_shape(const char* op, const char* symbol, const Matrix& a,
                               const Matrix& b) {
  if (a.rows() != b.rows() || a.cols() != b.cols()) {
    throw ShapeError(std::string(op) + ": " + a.shape() + " " + symbol + " " + b.shape() +
                     ": element-wise operations need equal shapes");
  }
}

// ---------------------------------------------------------------------------
// Element-wise operations: both matrices have the same shape (R,C) -> (R,C).
// ---------------------------------------------------------------------------

// A note on speed: the operations below take their first matrix *by value*
// and return it changed. When that matrix is a temporary, as in
// sigmoid(dense_forward(...)), C++ moves it in instead of copying it, so the
// result reuses its memory and nothing new is allocated.

// Applies f to every element: map(Z, f) is (R,C) -> (R,C). Sigmoid uses it.
// (Function is whatever f is, usually a lambda: a template lets the compiler
// inline it, which makes map as fast as a hand-written loop.)
template <typename Function>
Matrix map(Matrix a, Function f) {
  for (double& x : a.values()) x = f(x);
  return a;
}

// Combines a and b element by element with f(x, y); `op` and `symbol` name
// the operation in the shape error.
template <typename Function>
Matrix zip_with(const char* op, const char* symbol, Matrix a, const Matrix& b, Function f) {
  require_same_shape(op, symbol, a, b);
  std::vector<double>& x = a.values();
  const std::vector<double>& y = b.values();
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = f(x[i], y[i]);
  return a;
}

inline Matrix operator+(Matrix a, const Matrix& b) {
  return zip_with("add", "+", std::move(a), b, [](double x, double y) { return x + y; });
}
inline Matrix operator-(Matrix a, const Matrix& b) {
  return zip_with("subtract", "-", std::move(a), b, [](double x, double y) { return x - y; });
}
// In place, NumPy's a += b and a -= b: the update step uses W -= lr * dW.
inline Matrix& operator+=(Matrix& a, const Matrix& b) { return a = std::move(a) + b; }
inline Matrix& operator-=(Matrix& a, const Matrix& b) { return a = std::move(a) - b; }
// Element-wise product (NumPy: a * b). Not the matrix product: see matmul.
inline Matrix hadamard(Matrix a, const Matrix& b) {
  return zip_with("hadamard", "*", std::move(a), b, [](double x, double y) { return x * y; });
}
// Element-wise quotient (NumPy: a / b on equal shapes).
inline Matrix divide_elementwise(Matrix a, const Matrix& b) {
  return zip_with("divide_elementwise", "/", std::move(a), b,
                  [](double x, double y) { return x / y; });
}

// ---------------------------------------------------------------------------
// With a plain number s: applied to every element, (R,C) -> (R,C).
// ---------------------------------------------------------------------------

inline Matrix operator*(double s, Matrix a) {
  return map(std::move(a), [s](double x) { return s * x; });
}
inline Matrix operator*(Matrix a, double s) { return s * std::move(a); }
inline Matrix operator/(Matrix a, double s) {
  return map(std::move(a), [s](double x) { return x / s; });
}
inline Matrix operator+(Matrix a, double s) {
  return map(std::move(a), [s](double x) { return x + s; });
}
inline Matrix operator+(double s, Matrix a) { return std::move(a) + s; }
inline Matrix operator-(Matrix a, double s) {
  return map(std::move(a), [s](double x) { return x - s; });
}
// s - A, e.g. (1 - a) in the sigmoid's derivative.
inline Matrix operator-(double s, Matrix a) {
  return map(std::move(a), [s](double x) { return s - x; });
}

// ---------------------------------------------------------------------------
// Products, transpose, broadcast and reductions.
// ---------------------------------------------------------------------------

//! [matmul]
// The matrix product, NumPy's A @ B: A is (R,K), B is (K,C) -> (R,C).
// Element (r,c) is the dot product of row r of A with column c of B:
//     out(r,c) = sum over k of a(r,k) * b(k,c),
// the K products always added in the order k = 0, 1, ..., K-1.
inline Matrix matmul(const Matrix& a, const Matrix& b) {
  if (a.cols() != b.rows()) {
    throw ShapeError("matmul: " + a.shape() + " @ " + b.shape() + ": inner dimensions " +
                     std::to_string(a.cols()) + " and " + std::to_string(b.rows()) + " differ");
  }
  const int R = a.rows(), K = a.cols(), C = b.cols();
  Matrix out(R, C);  // zeros
  const double* A = a.values().data();
  const double* B = b.values().data();
  double* O = out.values().data();
  if (C == 1) {
    // B is a single column (a matrix-vector product): each result is one
    // plain dot product, summed in a local variable.
    for (int r = 0; r < R; ++r) {
      double sum = 0.0;
      for (int k = 0; k < K; ++k) sum += A[r * K + k] * B[k];
      O[r] = sum;
    }
    return out;
  }
  // Otherwise the loops run r, k, c rather than r, c, k: the innermost loop
  // then walks along a row of B and a row of out, which sit next to each
  // other in memory (row-major), so the cache and the vector units can help.
  for (int r = 0; r < R; ++r) {
    for (int k = 0; k < K; ++k) {
      const double a_rk = A[r * K + k];
      for (int c = 0; c < C; ++c) O[r * C + c] += a_rk * B[k * C + c];
    }
  }
  return out;
}
//! [matmul]

// transpose(A) @ B without building transpose(A), NumPy's A.T @ B:
// A is (K,R), B is (K,C) -> (R,C). Backprop needs this product for every
// weight gradient; skipping the transposed copy saves a pass over A.
// Same sums, in the same order, as matmul(transpose(a), b).
inline Matrix transpose_matmul(const Matrix& a, const Matrix& b) {
  if (a.rows() != b.rows()) {
    throw ShapeError("transpose_matmul: " + a.shape() + "^T @ " + b.shape() +
                     ": inner dimensions " + std::to_string(a.rows()) + " and " +
                     std::to_string(b.rows()) + " differ");
  }
  const int K = a.rows(), R = a.cols(), C = b.cols();
  Matrix out(R, C);  // zeros
  const double* A = a.values().data();
  const double* B = b.values().data();
  double* O = out.values().data();
  for (int k = 0; k < K; ++k) {
    for (int r = 0; r < R; ++r) {
      const double a_kr = A[k * R + r];  // element (r,k) of transpose(A)
      for (int c = 0; c < C; ++c) O[r * C + c] += a_kr * B[k * C + c];
    }
  }
  return out;
}

// Rows become columns, NumPy's A.T: A is (R,C) -> (C,R).
// It copies tile by tile (32 x 32 elements) so that both the rows read and
// the columns written stay in the cache; element by element it is just
// out(c,r) = a(r,c).
inline Matrix transpose(const Matrix& a) {
  const int R = a.rows(), C = a.cols();
  constexpr int kTile = 32;
  Matrix out(C, R);
  const double* A = a.values().data();
  double* O = out.values().data();
  for (int r0 = 0; r0 < R; r0 += kTile) {
    for (int c0 = 0; c0 < C; c0 += kTile) {
      for (int r = r0; r < std::min(r0 + kTile, R); ++r) {
        for (int c = c0; c < std::min(c0 + kTile, C); ++c) O[c * R + r] = A[r * C + c];
      }
    }
  }
  return out;
}

//! [add_to_each_row]
// The bias broadcast, NumPy's A + row when row is (1,C):
// A is (R,C), row is (1,C) -> (R,C), the row added to every row of A.
inline Matrix add_to_each_row(Matrix a, const Matrix& row) {
  if (row.rows() != 1 || row.cols() != a.cols()) {
    throw ShapeError("add_to_each_row: " + a.shape() + " + " + row.shape() +
                     ": the row must be (1," + std::to_string(a.cols()) + ")");
  }
  const int R = a.rows(), C = a.cols();
  double* A = a.values().data();
  const double* bias = row.values().data();
  for (int r = 0; r < R; ++r) {
    for (int c = 0; c < C; ++c) A[r * C + c] += bias[c];
  }
  return a;
}
//! [add_to_each_row]

//! [column_means]
// Mean of each column, NumPy's A.mean(axis=0, keepdims=True):
// A is (R,C) with R >= 1 -> (1,C).
inline Matrix column_means(const Matrix& a) {
  if (a.rows() == 0) throw ShapeError("column_means: " + a.shape() + ": no rows to average");
  const int R = a.rows(), C = a.cols();
  Matrix out(1, C);
  const double* A = a.values().data();
  double* O = out.values().data();
  for (int r = 0; r < R; ++r) {
    for (int c = 0; c < C; ++c) O[c] += A[r * C + c];
  }
  return out / static_cast<double>(R);
}
//! [column_means]

// Mean of every element, NumPy's np.mean(A): (R,C) -> one number.
inline double mean(const Matrix& a) {
  if (a.size() == 0) throw ShapeError("mean: " + a.shape() + ": no elements to average");
  double sum = 0.0;
  for (double x : a.values()) sum += x;
  return sum / a.size();
}

// The largest |a - b| over all elements: how far apart two results are.
inline double max_abs_difference(const Matrix& a, const Matrix& b) {
  require_same_shape("max_abs_difference", "vs", a, b);
  double largest = 0.0;
  for (int i = 0; i < a.size(); ++i) {
    largest = std::fmax(largest, std::fabs(a.values()[i] - b.values()[i]));
  }
  return largest;
}

// ---------------------------------------------------------------------------
// Printing: the shape first, then one row per line, `decimals` after the point.
//   y_hat (4,1)
//     [ 0.5033 ]
//     [ 0.4257 ]
// ---------------------------------------------------------------------------

inline std::string format(const Matrix& a, int decimals = 4) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(decimals);
  for (int r = 0; r < a.rows(); ++r) {
    text << "  [";
    for (int c = 0; c < a.cols(); ++c) text << ' ' << std::setw(decimals + 4) << a(r, c);
    text << " ]\n";
  }
  return text.str();
}

inline void print(std::ostream& out, const std::string& name, const Matrix& a, int decimals = 4) {
  out << name << ' ' << a.shape() << '\n' << format(a, decimals);
}
