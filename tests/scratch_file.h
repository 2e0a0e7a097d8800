// scratch_file.h - a file name of a test's own, in the build tree's test
// scratch folder (NN_SCRATCH_DIR, build/tests/scratch): tests never write
// anywhere else, not even the system's temp folder.
//
// The process id keeps tests that run side by side (ctest -j) apart, so no
// test overwrites another's file, or the build's.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

inline std::string scratch_file(const std::string& name) {
  std::filesystem::create_directories(NN_SCRATCH_DIR);
  return (std::filesystem::path(NN_SCRATCH_DIR) /
          ("nn-from-scratch-" + std::to_string(getpid()) + "-" + name))
      .string();
}
