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
#pragma once

#include <fstream>
#include <map>
#include <ostream>
#include <string>

#include "bad_input.h"
#include "matrix.h"

// A matrix file that cannot be used. Bad input: exit code 2 in a chapter program.
class MatrixFileError : public BadInput {
 public:
  using BadInput::BadInput;
};

// Writes `m` under `name`: the header line, then its rows, 17 digits each.
void write_matrix(std::ostream& out, const std::string& name, const Matrix& m);

// Reads a matrix file from the top, one matrix at a time.
class MatrixFileReader {
 public:
  // Opens `path`; `what` names it in the error if it cannot be opened.
  explicit MatrixFileReader(const std::string& path, const std::string& what = "matrix file");

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
  std::ifstream in_;
  int line_number_ = 0;  // the line last read
  int header_line_ = 0;  // the line that named the matrix read last
};
