// tumours.cpp - chapter 8: reading the tumours, and splitting them.
#include "08_real_data/tumours.h"

#include <cmath>

#include "plumbing/csv_file.h"
#include "plumbing/number_text.h"

DataSet load_tumours(const std::string& path) {
  const CsvTable table = read_csv(path, "data file");
  const Matrix& rows = table.rows;
  const std::string file = printable(path);
  // The header says how many rows and features to expect: 569,30,malignant,benign.
  const std::string expected = std::to_string(rows.rows()) + "," + std::to_string(rows.cols() - 1);
  const std::string header =
      table.header.size() >= 2 ? table.header[0] + "," + table.header[1] : "";
  if (header != expected) {
    throw CsvError(file + ":1: the header says " +
                   (header.empty() ? "nothing" : printable(header)) +
                   " (rows, features), but the file has " + expected);
  }
  DataSet data{Matrix(rows.rows(), rows.cols() - 1), Matrix(rows.rows(), 1)};
  for (int n = 0; n < rows.rows(); ++n) {
    for (int f = 0; f + 1 < rows.cols(); ++f) data.X(n, f) = rows(n, f);
    const double diagnosis = rows(n, rows.cols() - 1);
    if (diagnosis != 0.0 && diagnosis != 1.0) {
      throw CsvError(file + ":" + std::to_string(n + 2) + ": column " +
                     std::to_string(rows.cols()) + ": the diagnosis must be 0 or 1");
    }
    data.y(n, 0) = 1.0 - diagnosis;  // 1 = malignant
  }
  check_trainable(data, file);
  return data;
}

// What chapter 8 needs of a data set, each refused in one line naming the
// file: features to learn from, rows of both kinds for a 60/20/20 split, and
// columns that standardising (divide by the standard deviation) cannot turn into NaN.
void check_trainable(const DataSet& data, const std::string& file) {
  const auto refuse = [&](const std::string& why) { throw CsvError(file + ": " + why); };
  if (data.X.cols() == 0) refuse("no feature columns, only the diagnosis: nothing to learn from");
  int malignant = 0;
  for (int n = 0; n < data.y.rows(); ++n) malignant += data.y(n, 0) == 1.0 ? 1 : 0;
  const int benign = data.y.rows() - malignant;
  if (malignant < kFewestOfAKind || benign < kFewestOfAKind) {
    refuse(std::to_string(malignant) + " malignant and " + std::to_string(benign) +
           " benign rows: the split needs at least " + std::to_string(kFewestOfAKind) +
           " of each, so that training, validation and test rows can hold both");
  }
  const InputScaling scaling = input_scaling(Scaling::standardise, data.X);  // chapter 2's
  for (int f = 0; f < data.X.cols(); ++f) {
    const double spread = scaling.divide(0, f);  // the column's standard deviation
    const std::string column = "column " + std::to_string(f + 1) + " ";
    if (!std::isfinite(spread)) refuse(column + "holds numbers too large to standardise");
    if (!std::isnormal(spread)) {
      refuse(column + "has no spread (standard deviation " + number_text(spread) +
             "): standardising would divide by it");
    }
  }
}

//! [split code]
Split split_rows(NumpyRandom& rng, int n) {
  const std::vector<int> order = rng.permutation(n);
  const int train = n * 3 / 5;             // 60%, rounded down
  const int validation = (n - train) / 2;  // half of the rest
  Split split;
  split.train.assign(order.begin(), order.begin() + train);
  split.validation.assign(order.begin() + train, order.begin() + train + validation);
  split.test.assign(order.begin() + train + validation, order.end());  // the rest
  return split;
}
//! [split code]

DataSet take_rows(const DataSet& data, const std::vector<int>& rows) {
  DataSet part{Matrix(static_cast<int>(rows.size()), data.X.cols()),
               Matrix(static_cast<int>(rows.size()), data.y.cols())};
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (int c = 0; c < data.X.cols(); ++c) part.X(static_cast<int>(r), c) = data.X(rows[r], c);
    for (int c = 0; c < data.y.cols(); ++c) part.y(static_cast<int>(r), c) = data.y(rows[r], c);
  }
  return part;
}
