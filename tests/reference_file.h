// reference_file.h - reads the values written by tests/numpy_reference.py.
//
// Each line is "name rows cols v1 v2 ..." (row-major); '#' starts a comment.
#pragma once

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

#include "matrix.h"
#include "settings.h"

class ReferenceFile {
 public:
  explicit ReferenceFile(const std::string& path) : path_(path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open NumPy reference file " + path);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string name;
      int rows = 0;
      int cols = 0;
      fields >> name >> rows >> cols;
      Matrix block(rows, cols);
      for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) fields >> block(r, c);
      }
      if (!fields) {
        throw std::runtime_error(path + ":" + std::to_string(number) + ": expected '" + name +
                                 " rows cols' and rows*cols numbers");
      }
      blocks_[name] = block;
    }
  }

  const Matrix& operator[](const std::string& name) const {
    const auto found = blocks_.find(name);
    if (found == blocks_.end()) throw std::runtime_error(path_ + ": no entry named " + name);
    return found->second;
  }

  // The settings the reference was made with: seed, lr, epochs, hidden,
  // print_every, init_scale.
  Settings settings() const {
    const Matrix& s = (*this)["settings"];
    Settings settings;
    settings.seed = static_cast<std::uint32_t>(s(0, 0));
    settings.learning_rate = s(0, 1);
    settings.epochs = static_cast<int>(s(0, 2));
    settings.hidden = static_cast<int>(s(0, 3));
    settings.print_every = static_cast<int>(s(0, 4));
    settings.init_scale = s(0, 5);
    return settings;
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::map<std::string, Matrix> blocks_;
};

// The reference the parity tests compare with: $NUMPY_REFERENCE if set (CTest
// points it at a fresh NumPy run, or at a run with other settings), else the
// committed tests/numpy_references/article.txt.
inline const ReferenceFile& numpy_reference() {
  static const ReferenceFile file([] {
    const char* path = std::getenv("NUMPY_REFERENCE");
    return std::string(path != nullptr ? path : NN_COMMITTED_REFERENCE);
  }());
  return file;
}
