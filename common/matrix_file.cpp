// matrix_file.cpp - writing and reading matrices as text.
#include "matrix_file.h"

#include <cmath>
#include <iomanip>
#include <limits>
#include <sstream>

namespace {

constexpr long long kMaxSide = 100000;  // rows or columns: far beyond any network in the book

}  // namespace

void write_matrix(std::ostream& out, const std::string& name, const Matrix& m) {
  // max_digits10 (17) significant digits: reading the text back gives the same doubles.
  const std::streamsize saved = out.precision(std::numeric_limits<double>::max_digits10);
  out << name << ' ' << m.rows() << ' ' << m.cols() << '\n';
  for (int r = 0; r < m.rows(); ++r) {
    for (int c = 0; c < m.cols(); ++c) out << (c > 0 ? " " : "") << m(r, c);
    out << '\n';
  }
  out.precision(saved);
}

MatrixFileReader::MatrixFileReader(const std::string& path, const std::string& what)
    : path_(path), in_(path) {
  if (!in_) throw MatrixFileError("cannot open " + what + " " + path);
}

void MatrixFileReader::fail_at(int line, const std::string& message) const {
  throw MatrixFileError(path_ + ":" + std::to_string(line) + ": " + message);
}

void MatrixFileReader::fail_at_header(const std::string& message) const {
  fail_at(header_line_, message);
}

bool MatrixFileReader::next_line(std::string& line) {
  while (std::getline(in_, line)) {
    ++line_number_;
    if (line.find_first_not_of(" \t\r") != std::string::npos && line[0] != '#') return true;
  }
  return false;
}

Matrix MatrixFileReader::read(const std::string& name) {
  std::string line;
  if (!next_line(line)) {
    fail_at(line_number_ + 1,
            "the file ends where the line '" + name + " ROWS COLS' should be (is it truncated?)");
  }
  std::string found;
  return matrix_from(line, name, found);
}

std::map<std::string, Matrix> MatrixFileReader::read_all() {
  std::map<std::string, Matrix> matrices;
  for (std::string line; next_line(line);) {
    std::string name;
    Matrix m = matrix_from(line, "", name);
    if (matrices.count(name) != 0) fail_at_header("a second matrix named " + name);
    matrices[name] = m;
  }
  return matrices;
}

void MatrixFileReader::expect_end() {
  std::string line;
  if (next_line(line)) fail_at(line_number_, "expected the end of the file, found '" + line + "'");
}

Matrix MatrixFileReader::matrix_from(const std::string& line, const std::string& name,
                                     std::string& found) {
  header_line_ = line_number_;
  std::istringstream header(line);
  std::string extra;
  long long rows = 0, cols = 0;
  if (!(header >> found >> rows >> cols) || (header >> extra)) {
    fail_at(line_number_, "expected '" + (name.empty() ? "NAME" : name) + " ROWS COLS'");
  }
  if (!name.empty() && found != name) {
    fail_at(line_number_, "expected matrix " + name + ", found '" + found + "'");
  }
  return read_rows(found, rows, cols);
}

Matrix MatrixFileReader::read_rows(const std::string& name, long long rows, long long cols) {
  // Checked before allocating: a damaged header must not ask for gigabytes.
  if (rows < 1 || cols < 1 || rows > kMaxSide || cols > kMaxSide) {
    fail_at(line_number_, name + " cannot have shape (" + std::to_string(rows) + "," +
                              std::to_string(cols) + ")");
  }
  Matrix m(static_cast<int>(rows), static_cast<int>(cols));
  for (int r = 0; r < m.rows(); ++r) {
    std::string line;
    if (!next_line(line)) {
      fail_at(line_number_ + 1, "the file ends where row " + std::to_string(r + 1) + " of " + name +
                                    " should be (is it truncated?)");
    }
    std::istringstream row(line);
    for (int c = 0; c < m.cols(); ++c) {
      std::string word;
      if (!(row >> word)) {
        fail_at(line_number_, name + " row " + std::to_string(r + 1) + " has " + std::to_string(c) +
                                  " numbers, expected " + std::to_string(m.cols()));
      }
      std::size_t used = 0;
      double value = 0.0;
      try {
        value = std::stod(word, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used != word.size())
        fail_at(line_number_, "'" + word + "' in " + name + " is not a number");
      if (!std::isfinite(value)) {
        fail_at(line_number_, name + " holds " + word + ", not a finite number");
      }
      m(r, c) = value;
    }
    std::string extra;
    if (row >> extra) {
      fail_at(line_number_, name + " row " + std::to_string(r + 1) + " has more than " +
                                std::to_string(m.cols()) + " numbers");
    }
  }
  return m;
}
