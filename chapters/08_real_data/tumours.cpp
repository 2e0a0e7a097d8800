// tumours.cpp - chapter 8: reading the tumours, and splitting them.
#include "08_real_data/tumours.h"

#include "csv_file.h"

DataSet load_tumours(const std::string& path) {
  const CsvTable table = read_csv(path, "data file");
  const Matrix& rows = table.rows;
  // The header says how many rows and features to expect: 569,30,malignant,benign.
  const std::string expected = std::to_string(rows.rows()) + "," + std::to_string(rows.cols() - 1);
  const std::string header =
      table.header.size() >= 2 ? table.header[0] + "," + table.header[1] : "";
  if (header != expected) {
    throw CsvError(path + ":1: the header says " + (header.empty() ? "nothing" : header) +
                   " (rows, features), but the file has " + expected);
  }
  DataSet data{Matrix(rows.rows(), rows.cols() - 1), Matrix(rows.rows(), 1)};
  for (int n = 0; n < rows.rows(); ++n) {
    for (int f = 0; f + 1 < rows.cols(); ++f) data.X(n, f) = rows(n, f);
    const double diagnosis = rows(n, rows.cols() - 1);
    if (diagnosis != 0.0 && diagnosis != 1.0) {
      throw CsvError(path + ":" + std::to_string(n + 2) + ": column " +
                     std::to_string(rows.cols()) + ": the diagnosis must be 0 or 1");
    }
    data.y(n, 0) = 1.0 - diagnosis;  // 1 = malignant
  }
  return data;
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
