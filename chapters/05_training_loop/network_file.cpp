// network_file.cpp - saving and loading a trained network as text.
#include "05_training_loop/network_file.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <limits>
#include <sstream>

#include "number_text.h"

namespace {

void write_matrix(std::ostream& out, const std::string& name, const Matrix& m) {
  out << name << ' ' << m.rows() << ' ' << m.cols() << '\n';
  for (int r = 0; r < m.rows(); ++r) {
    for (int c = 0; c < m.cols(); ++c) out << (c > 0 ? " " : "") << m(r, c);
    out << '\n';
  }
}

// Reads the file line by line, skipping comments, and says where it is.
class LineReader {
 public:
  explicit LineReader(const std::string& path) : path_(path), in_(path) {
    if (!in_) throw NetworkFileError("cannot open weights file " + path);
  }

  [[noreturn]] void fail(const std::string& message) const { fail_at(line_number_, message); }

  // For a shape that does not fit: points at the line that declared it.
  [[noreturn]] void fail_at_header(const std::string& message) const {
    fail_at(header_line_, message);
  }

  // The next line that is not a comment or blank; `what` says what was expected.
  std::string next(const std::string& what) {
    std::string line;
    while (std::getline(in_, line)) {
      ++line_number_;
      if (line.find_first_not_of(" \t\r") != std::string::npos && line[0] != '#') return line;
    }
    ++line_number_;
    fail("the file ends where " + what + " should be (is it truncated?)");
  }

  Matrix matrix(const std::string& name) {
    std::istringstream header(next("the line '" + name + " ROWS COLS'"));
    header_line_ = line_number_;
    std::string found;
    long long rows = 0, cols = 0;
    std::string extra;
    if (!(header >> found >> rows >> cols) || (header >> extra)) {
      fail("expected '" + name + " ROWS COLS'");
    }
    if (found != name) fail("expected matrix " + name + ", found '" + found + "'");
    if (rows < 1 || cols < 1 || rows > 100000 || cols > 100000) {
      fail(name + " cannot have shape (" + std::to_string(rows) + "," + std::to_string(cols) + ")");
    }
    Matrix m(static_cast<int>(rows), static_cast<int>(cols));
    for (int r = 0; r < m.rows(); ++r) {
      std::istringstream row(next("row " + std::to_string(r + 1) + " of " + name));
      for (int c = 0; c < m.cols(); ++c) {
        std::string word;
        if (!(row >> word)) {
          fail(name + " row " + std::to_string(r + 1) + " has " + std::to_string(c) +
               " numbers, expected " + std::to_string(m.cols()));
        }
        std::size_t used = 0;
        double value = 0.0;
        try {
          value = std::stod(word, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != word.size()) fail("'" + word + "' in " + name + " is not a number");
        if (!std::isfinite(value)) fail(name + " holds " + word + ", not a finite number");
        m(r, c) = value;
      }
      std::string extra_word;
      if (row >> extra_word) {
        fail(name + " row " + std::to_string(r + 1) + " has more than " + std::to_string(m.cols()) +
             " numbers");
      }
    }
    return m;
  }

 private:
  [[noreturn]] void fail_at(int line, const std::string& message) const {
    throw NetworkFileError(path_ + ":" + std::to_string(line) + ": " + message);
  }

  std::string path_;
  std::ifstream in_;
  int line_number_ = 0;  // the line last read
  int header_line_ = 0;  // the line that named the matrix last read
};

}  // namespace

void save_network(const std::string& path, const Network& net, const Settings& settings) {
  const std::string temporary = path + ".partial";
  {
    std::ofstream out(temporary);
    if (!out) throw NetworkFileError("cannot write weights file " + temporary);
    // max_digits10 (17) digits: reading the text back gives the same doubles.
    out << std::setprecision(std::numeric_limits<double>::max_digits10);
    out << "# A " << net.W1.rows() << "-" << net.W1.cols() << "-" << net.W2.cols()
        << " network trained by chapter_5 (seed " << settings.seed << ", learning rate "
        << number_text(settings.learning_rate) << ", " << settings.epochs << " epochs)\n";
    write_matrix(out, "W1", net.W1);
    write_matrix(out, "b1", net.b1);
    write_matrix(out, "W2", net.W2);
    write_matrix(out, "b2", net.b2);
    out.close();
    if (!out) throw NetworkFileError("could not finish writing " + temporary);
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);  // atomic on POSIX file systems
  if (error) throw NetworkFileError("cannot replace " + path + ": " + error.message());
}

Network load_network(const std::string& path, int inputs, int outputs) {
  LineReader file(path);
  Network net;
  net.W1 = file.matrix("W1");
  if (net.W1.rows() != inputs) {
    file.fail_at_header("W1 should have " + std::to_string(inputs) + " rows, one per input, got " +
                        net.W1.shape());
  }
  net.b1 = file.matrix("b1");
  if (net.b1.rows() != 1 || net.b1.cols() != net.W1.cols()) {
    file.fail_at_header("b1 should be (1," + std::to_string(net.W1.cols()) + ") to match W1 " +
                        net.W1.shape() + ", got " + net.b1.shape());
  }
  net.W2 = file.matrix("W2");
  if (net.W2.rows() != net.W1.cols()) {
    file.fail_at_header("W2 should have " + std::to_string(net.W1.cols()) + " rows to match W1 " +
                        net.W1.shape() + ", got " + net.W2.shape());
  }
  if (net.W2.cols() != outputs) {
    file.fail_at_header("W2 should have " + std::to_string(outputs) +
                        " column(s), one per output, got " + net.W2.shape());
  }
  net.b2 = file.matrix("b2");
  if (net.b2.rows() != 1 || net.b2.cols() != net.W2.cols()) {
    file.fail_at_header("b2 should be (1," + std::to_string(net.W2.cols()) + ") to match W2 " +
                        net.W2.shape() + ", got " + net.b2.shape());
  }
  return net;
}
