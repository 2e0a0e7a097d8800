// scratch_file.h - a file name of a test's own, in the system's temp folder.
//
// The process id keeps tests that run side by side (ctest -j) apart, so no
// test overwrites another's file, or the build's.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

inline std::string scratch_file(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("nn-from-scratch-" + std::to_string(getpid()) + "-" + name))
      .string();
}
