// matrix_file.h - matrices as text: the one file format of the book.
//
// A trained network (network_file.h) and the NumPy reference values
// (tests/numpy_reference.py) are both written like this:
//
//   # A comment: lines starting with '#' are skipped, as are blank lines.
//   W1 2 4                       a matrix: its name and shape (rows, cols),
//   0.149 -0.041 0.194 0.456     then one line per row, every digit a
//   -0.070 -0.070 0.473 0.230    double needs (17 significant digits)
//   b1 1 4
//   ...
//
// The reader checks everything and names the file and line of each problem:
//   "trained.txt:7: the file ends where row 1 of W2 should be (is it truncated?)"
// It reads only regular files of at most kMaxMatrixFileBytes, allocates no
// matrix the rest of the file could not fill, and accepts numbers only in
// the form write_matrix writes them (-1.25e-07, not +1, 0x10 or nan).
// Tests: tests/test_plumbing.cpp, tests/test_chapter5_network_file.cpp,
//  tests/fuzz/fuzz_weights_file.cpp.
#pragma once

#include <map>
#include <ostream>
#include <sstream>
#include <string>

#include "matrix.h"
#include "plumbing/bad_input.h"

// A matrix file that cannot be used. Bad input: exit code 2 in a chapter program.
class MatrixFileError : public BadInput {
 public:
  using BadInput::BadInput;
};

// The largest matrix file read: far more than any network of the book needs.
constexpr long long kMaxMatrixFileBytes = 64 << 20;

// The whole of a regular file of at most kMaxMatrixFileBytes, or a
// MatrixFileError saying why not (`what` names the file: "weights file").
// A folder, a FIFO or /dev/zero would otherwise be read forever or fail
// with a confusing message.
std::string whole_file(const std::string& path, const std::string& what);

// True for a number in the plain form this book writes: -?digits(.digits)?(e[+-]digits)?
// (not +1, .5, 0x10, inf or nan).
bool plain_number(const std::string& word);

// Writes `m` under `name`: the header line, then its rows, 17 digits each.
void write_matrix(std::ostream& out, const std::string& name, const Matrix& m);

// Reads a matrix file from the top, one matrix at a time.
class MatrixFileReader {
 public:
  // Reads all of `path` (a regular file); `what` names it in the error if
  // it cannot be read.
  explicit MatrixFileReader(const std::string& path, const std::string& what = "matrix file");

  // The whole file, as read.
  const std::string& text() const { return text_; }

  // The next matrix, which must be called `name`.
  Matrix read(const std::string& name);

  // Every matrix from here to the end of the file, by name (each name once).
  std::map<std::string, Matrix> read_all();

  // Throws unless nothing but comments and blank lines is left.
  void expect_end();

  // Throws MatrixFileError pointing at the header line of the matrix read
  // last: for a matrix that is well formed but has the wrong shape.
  [[noreturn]] void fail_at_header(const std::string& message) const;

 private:
  [[noreturn]] void fail_at(int line, const std::string& message) const;
  bool next_line(std::string& line);  // the next line that is not blank or a comment
  // The matrix whose header `line` was just read; its name must be `name`
  // unless that is empty, and is stored in `found`.
  Matrix matrix_from(const std::string& line, const std::string& name, std::string& found);
  Matrix read_rows(const std::string& name, long long rows, long long cols);

  std::string path_;
  std::string text_;
  std::istringstream in_;
  int line_number_ = 0;  // the line last read
  int header_line_ = 0;  // the line that named the matrix read last
};
