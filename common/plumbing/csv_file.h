// csv_file.h - a table of numbers in a comma-separated file.
//
//   569,30,malignant,benign       a header line: any fields, kept as text
//   17.99,10.38,122.8,...,0       then one row per line, every field a number
//   20.57,17.77,132.9,...,0       (-?digits(.digits)?(e[+-]digits)?), every row
//   ...                           as long as the first
//
// Boost.Tokenizer splits the lines at commas. Every problem is reported with
// the file, line and column: "data.csv:7: column 3: '1.2.3' is not a number".
// Only regular files of at most kMaxMatrixFileBytes are read.
// Tests: tests/test_plumbing.cpp and tests/check_cli.py (chapter 8's --data).
#pragma once

#include <string>
#include <vector>

#include "matrix.h"
#include "plumbing/bad_input.h"

// A CSV file that cannot be used. Bad input: exit code 2 in a chapter program.
class CsvError : public BadInput {
 public:
  using BadInput::BadInput;
};

struct CsvTable {
  std::vector<std::string> header;  // the first line's fields
  Matrix rows;                      // (lines after the header, fields per line)
};

// Reads `path`; `what` names it in messages ("data file").
CsvTable read_csv(const std::string& path, const std::string& what);
