// matrix_file.cpp - writing and reading matrices as text.
#include "plumbing/matrix_file.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

namespace {

constexpr long long kMaxSide = 100000;           // rows or columns: far beyond any network here
constexpr std::size_t kMaxLineLength = 1 << 20;  // characters: a row of 40000 numbers

}  // namespace

std::string whole_file(const std::string& path, const std::string& what) {
  namespace fs = std::filesystem;
  const std::string named = what + " " + printable(path);  // "data file data.csv"
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (!fs::exists(status)) {
    // A symbolic link that loops, a folder on the way that cannot be entered: say which.
    throw MatrixFileError("cannot open " + named + ": " +
                          (error && error != std::errc::no_such_file_or_directory
                               ? error.message()
                               : std::string("no such file")));
  }
  if (fs::is_directory(status)) {
    throw MatrixFileError("cannot read " + named + ": it is a folder, not a file");
  }
  if (!fs::is_regular_file(status)) {
    throw MatrixFileError("cannot read " + named +
                          ": not a regular file (a device, FIFO or socket)");
  }
  const auto bytes = fs::file_size(path, error);
  if (!error && bytes > static_cast<std::uintmax_t>(kMaxMatrixFileBytes)) {
    throw MatrixFileError(named + " is " + std::to_string(bytes) + " bytes, more than the " +
                          std::to_string(kMaxMatrixFileBytes) +
                          " a matrix file of this book can be");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MatrixFileError("cannot open " + named + ": " + std::strerror(errno));
  std::string text(static_cast<std::size_t>(error ? 0 : bytes), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.gcount() != static_cast<std::streamsize>(text.size()) || in.peek() != EOF) {
    throw MatrixFileError("cannot read " + named + ": it changed while being read");
  }
  return text;
}

bool plain_number(const std::string& word) {
  if (word.empty()) return false;
  std::size_t i = (word[0] == '-') ? 1 : 0;
  auto digits = [&] {
    const std::size_t start = i;
    while (i < word.size() && std::isdigit(static_cast<unsigned char>(word[i]))) ++i;
    return i > start;
  };
  if (!digits()) return false;
  if (i < word.size() && word[i] == '.' && (++i, !digits())) return false;
  if (i < word.size() && word[i] == 'e') {
    ++i;
    if (i < word.size() && (word[i] == '+' || word[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == word.size();
}

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
    : path_(path), text_(whole_file(path, what)), in_(text_) {}

void MatrixFileReader::fail_at(int line, const std::string& message) const {
  throw MatrixFileError(printable(path_) + ":" + std::to_string(line) + ": " + message);
}

void MatrixFileReader::fail_at_header(const std::string& message) const {
  fail_at(header_line_, message);
}

bool MatrixFileReader::next_line(std::string& line) {
  while (std::getline(in_, line)) {
    ++line_number_;
    if (line.size() > kMaxLineLength) {
      fail_at(line_number_,
              "the line is longer than " + std::to_string(kMaxLineLength) + " characters");
    }
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
  // Each number takes at least two characters (a digit and a space or line
  // end): a header asking for more numbers than the rest of the file could
  // hold is damage, found before any memory is allocated for it.
  const long long left = in_.tellg() < 0 ? 0 : static_cast<long long>(text_.size() - in_.tellg());
  if (left == 0) {
    fail_at(line_number_ + 1,
            "the file ends where row 1 of " + name + " should be (is it truncated?)");
  }
  if (rows * cols > left / 2) {
    fail_at(line_number_, name + " (" + std::to_string(rows) + "," + std::to_string(cols) +
                              ") cannot fit in the " + std::to_string(left) +
                              " bytes left in the file (is the header damaged?)");
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
      // strtod, not std::stod: stod refuses subnormal numbers (1e-320),
      // which write_matrix does write.
      const double value = std::strtod(word.c_str(), nullptr);
      if (!plain_number(word)) {  // strtod reads "nan" and "inf" too: say what they are
        fail_at(line_number_, std::isfinite(value)
                                  ? "'" + word + "' in " + name + " is not a number"
                                  : name + " holds " + word + ", not a finite number");
      }
      if (!std::isfinite(value)) {
        fail_at(line_number_, name + " holds " + word + ", too large for a double");
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
