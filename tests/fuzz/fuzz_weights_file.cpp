// fuzz_weights_file.cpp - libFuzzer target: any bytes as a weights file.
//
// load_network must either return a network of the asked-for shape or throw
// MatrixFileError with a message; anything else (a crash, a hang, another
// exception, a sanitizer report, memory beyond libFuzzer's limit) is a
// finding. Run by tests/fuzz/run.sh.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "05_training_loop/network_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "fuzz-weights-" + std::to_string(getpid()) + ".txt";
  {
    std::ofstream file(path, std::ios::binary);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    const Network net = load_network(path, 2, 1).net;
    if (net.W1.rows() != 2 || net.W2.cols() != 1 || net.b1.cols() != net.W1.cols())
      __builtin_trap();
  } catch (const MatrixFileError&) {
    // a clear message: what we want
  }
  return 0;
}
