// matrix.h - the one matrix type every chapter uses.
// A Matrix is a grid of doubles with a shape (rows, cols), printed "(rows,cols)"
// like NumPy's .shape. Shape letters used in comments throughout the book:
//   N = examples (one person per row)   I = inputs per example (2: height, weight)
//   H = hidden units (4)                O = outputs (1: probability of "male")
// Products have names you cannot misread:
//   matmul(A, B)    the matrix product, NumPy's A @ B
//   hadamard(A, B)  the element-wise product, NumPy's A * B on equal shapes
// `*` is only used with a plain number (2.0 * A), where it can mean one thing.
// Every operation checks shapes and throws ShapeError naming the operation and
// both shapes, e.g. "matmul: (4,2) @ (4,1): inner dimensions 2 and 4 differ".
// Tests: tests/test_matrix.cpp.
#pragma once

#include <initializer_list>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
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
    if (rows < 0 || cols < 0) throw ShapeError("Matrix: shape " + shape() + " has a negative side");
    data_.assign(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols), fill);
  }

  // Written like NumPy's np.array: Matrix{{1, 2}, {3, 4}} is (2,2).
  Matrix(std::initializer_list<std::initializer_list<double>> rows)
      : rows_(static_cast<int>(rows.size())),
        cols_(rows.size() == 0 ? 0 : static_cast<int>(rows.begin()->size())) {
    for (const auto& row : rows) {
      if (static_cast<int>(row.size()) != cols_) {
        throw ShapeError("Matrix: row " + std::to_string(&row - rows.begin()) + " has " +
                         std::to_string(row.size()) + " values but row 0 has " +
                         std::to_string(cols_));
      }
      data_.insert(data_.end(), row.begin(), row.end());
    }
  }

  int rows() const { return rows_; }
  int cols() const { return cols_; }
  int size() const { return rows_ * cols_; }
  std::string shape() const {
    return "(" + std::to_string(rows_) + "," + std::to_string(cols_) + ")";
  }
  // Element (r, c), counted from 0. A wrong index throws; it never reads stray memory.
  double& operator()(int r, int c) { return data_[index(r, c)]; }
  double operator()(int r, int c) const { return data_[index(r, c)]; }
  const std::vector<double>& values() const { return data_; }  // row by row, read-only

 private:
  std::size_t index(int r, int c) const {
    if (r < 0 || r >= rows_ || c < 0 || c >= cols_) {
      throw std::out_of_range("Matrix " + shape() + ": element (" + std::to_string(r) + "," +
                              std::to_string(c) + ") is outside the matrix");
    }
    return static_cast<std::size_t>(r) * cols_ + c;
  }

  int rows_ = 0;
  int cols_ = 0;
  std::vector<double> data_;  // row-major: element (r,c) is data_[r * cols + c]
};

// f applied to every element, (R,C) -> (R,C): map(Z, sigmoid).
template <typename Function>
Matrix map(const Matrix& a, Function f) {
  Matrix out(a.rows(), a.cols());
  for (int r = 0; r < a.rows(); ++r) {
    for (int c = 0; c < a.cols(); ++c) out(r, c) = f(a(r, c));
  }
  return out;
}

// Throws unless a and b have one shape: "add: (4,1) + (1,4): element-wise ...".
inline void require_same_shape(const char* op, const char* sign, const Matrix& a, const Matrix& b) {
  if (a.rows() != b.rows() || a.cols() != b.cols()) {
    throw ShapeError(std::string(op) + ": " + a.shape() + " " + sign + " " + b.shape() +
                     ": element-wise operations need equal shapes");
  }
}

// f(x, y) on each pair, (R,C) and (R,C) -> (R,C); `op`, `sign` name it in errors.
template <typename Function>
Matrix zip_with(const char* op, const char* sign, const Matrix& a, const Matrix& b, Function f) {
  require_same_shape(op, sign, a, b);
  Matrix out(a.rows(), a.cols());
  for (int r = 0; r < a.rows(); ++r) {
    for (int c = 0; c < a.cols(); ++c) out(r, c) = f(a(r, c), b(r, c));
  }
  return out;
}

inline Matrix operator+(const Matrix& a, const Matrix& b) {
  return zip_with("add", "+", a, b, [](double x, double y) { return x + y; });
}
inline Matrix operator-(const Matrix& a, const Matrix& b) {
  return zip_with("subtract", "-", a, b, [](double x, double y) { return x - y; });
}
inline Matrix& operator-=(Matrix& a, const Matrix& b) { return a = a - b; }  // W -= lr * dW
// Element-wise product (NumPy: a * b). Not the matrix product: see matmul.
inline Matrix hadamard(const Matrix& a, const Matrix& b) {
  return zip_with("hadamard", "*", a, b, [](double x, double y) { return x * y; });
}
// With a plain number s: s * A, A / s and s - A (as in 1 - a).
inline Matrix operator*(double s, const Matrix& a) {
  return map(a, [s](double x) { return s * x; });
}
inline Matrix operator/(const Matrix& a, double s) {
  return map(a, [s](double x) { return x / s; });
}
inline Matrix operator-(double s, const Matrix& a) {
  return map(a, [s](double x) { return s - x; });
}

//! [matmul]
// The matrix product, NumPy's A @ B: A is (R,K), B is (K,C) -> (R,C), where
//     out(r,c) = sum over k of a(r,k) * b(k,c), added in the order k = 0, 1, ...
inline Matrix matmul(const Matrix& a, const Matrix& b) {
  if (a.cols() != b.rows()) {
    throw ShapeError("matmul: " + a.shape() + " @ " + b.shape() + ": inner dimensions " +
                     std::to_string(a.cols()) + " and " + std::to_string(b.rows()) + " differ");
  }
  Matrix out(a.rows(), b.cols());  // zeros
  // r, k, c order (not r, c, k): the inner loop walks rows of b and out, which
  // lie side by side in memory. The same sums, in the same order, either way.
  for (int r = 0; r < a.rows(); ++r) {
    for (int k = 0; k < a.cols(); ++k) {
      const double a_rk = a(r, k);
      for (int c = 0; c < b.cols(); ++c) out(r, c) += a_rk * b(k, c);
    }
  }
  return out;
}
//! [matmul]

// Rows become columns, NumPy's A.T: A is (R,C) -> (C,R).
inline Matrix transpose(const Matrix& a) {
  Matrix out(a.cols(), a.rows());
  for (int r = 0; r < a.rows(); ++r) {
    for (int c = 0; c < a.cols(); ++c) out(c, r) = a(r, c);
  }
  return out;
}

//! [add_to_each_row]
// The bias broadcast, NumPy's A + row: A is (R,C), row is (1,C) -> (R,C), row added to each row.
inline Matrix add_to_each_row(const Matrix& a, const Matrix& row) {
  if (row.rows() != 1 || row.cols() != a.cols()) {
    throw ShapeError("add_to_each_row: " + a.shape() + " + " + row.shape() +
                     ": the row must be (1," + std::to_string(a.cols()) + ")");
  }
  Matrix out = a;
  for (int r = 0; r < a.rows(); ++r) {
    for (int c = 0; c < a.cols(); ++c) out(r, c) += row(0, c);
  }
  return out;
}
//! [add_to_each_row]

// Mean of each column, NumPy's A.mean(axis=0, keepdims=True): (R,C), R >= 1 -> (1,C).
inline Matrix column_means(const Matrix& a) {
  if (a.rows() == 0) throw ShapeError("column_means: " + a.shape() + ": no rows to average");
  Matrix sums(1, a.cols());
  for (int r = 0; r < a.rows(); ++r) {
    for (int c = 0; c < a.cols(); ++c) sums(0, c) += a(r, c);
  }
  return sums / a.rows();
}

// Mean of every element, NumPy's np.mean(A): (R,C) -> one number.
inline double mean(const Matrix& a) {
  if (a.size() == 0) throw ShapeError("mean: " + a.shape() + ": no elements to average");
  double sum = 0.0;
  for (double x : a.values()) sum += x;
  return sum / a.size();
}

// The name and shape, then the rows, `decimals` after the point: "y_hat (4,1)\n  [ 0.5033 ]".
inline void print(std::ostream& out, const std::string& name, const Matrix& a, int decimals = 4) {
  std::ostringstream text;  // formats here, so `out` keeps its own settings
  text << std::fixed << std::setprecision(decimals) << name << ' ' << a.shape() << '\n';
  for (int r = 0; r < a.rows(); ++r) {
    text << "  [";
    for (int c = 0; c < a.cols(); ++c) text << ' ' << std::setw(decimals + 4) << a(r, c);
    text << " ]\n";
  }
  out << text.str();
}
