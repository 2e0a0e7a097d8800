// reference_file.h - reads the values written by tests/numpy_reference.py,
// in the book's matrix format (common/plumbing/matrix_file.h).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>

#include "matrix.h"
#include "plumbing/matrix_file.h"
#include "settings.h"

class ReferenceFile {
 public:
  explicit ReferenceFile(const std::string& path)
      : path_(path), matrices_(MatrixFileReader(path, "NumPy reference file").read_all()) {}

  const Matrix& operator[](const std::string& name) const {
    const auto found = matrices_.find(name);
    if (found == matrices_.end()) throw MatrixFileError(path_ + ": no matrix named " + name);
    return found->second;
  }

  // The settings the reference was made with: seed, lr, epochs, hidden,
  // print_every, init_scale, scaling (0 none, 1 centre, 2 standardise).
  Settings settings() const {
    const Matrix& s = (*this)["settings"];
    Settings settings;
    settings.seed = static_cast<std::uint32_t>(s(0, 0));
    settings.learning_rate = s(0, 1);
    settings.epochs = static_cast<int>(s(0, 2));
    settings.hidden = static_cast<int>(s(0, 3));
    settings.print_every = static_cast<int>(s(0, 4));
    settings.init_scale = s(0, 5);
    settings.scaling = static_cast<Scaling>(static_cast<int>(s(0, 6)));
    return settings;
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::map<std::string, Matrix> matrices_;
};

// The path in the environment variable `variable` if it is set (CTest points
// it at a fresh NumPy run, or at a run with other settings), else `committed`.
inline std::string reference_path(const char* variable, const char* committed) {
  const char* path = std::getenv(variable);
  return path != nullptr ? path : committed;
}

// The references the parity tests compare with, each read once:
// chapters 1-6: $NUMPY_REFERENCE, else tests/numpy_references/article.txt.
inline const ReferenceFile& numpy_reference() {
  static const ReferenceFile file(reference_path("NUMPY_REFERENCE", NN_COMMITTED_REFERENCE));
  return file;
}

#ifdef NN_COMMITTED_DEEP_REFERENCE
// Chapter 7: $NUMPY_DEEP_REFERENCE, else deep_sigmoid_depth8.txt.
inline const ReferenceFile& numpy_deep_reference() {
  static const ReferenceFile file(
      reference_path("NUMPY_DEEP_REFERENCE", NN_COMMITTED_DEEP_REFERENCE));
  return file;
}
#endif

#ifdef NN_COMMITTED_REAL_REFERENCE
// Chapter 8: $NUMPY_REAL_REFERENCE, else real_default.txt.
inline const ReferenceFile& numpy_real_reference() {
  static const ReferenceFile file(
      reference_path("NUMPY_REAL_REFERENCE", NN_COMMITTED_REAL_REFERENCE));
  return file;
}
#endif
