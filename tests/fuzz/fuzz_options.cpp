// fuzz_options.cpp - libFuzzer target: any bytes as a chapter's command line.
//
// The bytes are split at NUL characters into arguments. CommandLine must
// either accept them or throw BadInput (exit code 2 in a program); anything
// else is a finding. --help (which prints the options) is left out, and
// --no-figures is always added, so that no folder is created.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "07_deeper_networks/activations.h"
#include "plumbing/bad_input.h"
#include "plumbing/command_line.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> words = {"chapter_fuzz"};
  std::string word;
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == '\0') {
      words.push_back(word);
      word.clear();
    } else {
      word += static_cast<char>(data[i]);
    }
  }
  words.push_back(word);
  for (const std::string& w : words) {
    // --help prints (Boost accepts "-h", "---h" or "--he" for it).
    const std::size_t name = w.find_first_not_of('-');
    if (name > 0 && name != std::string::npos && w[name] == 'h') return 0;
  }
  words.push_back("--no-figures");
  std::vector<char*> argv;
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  try {
    Settings s;
    NewPerson person;
    std::string weights = "weights.txt";
    int depth = 8;
    double bias = 0.1;
    Activation activation = Activation::sigmoid;
    CommandLine options("chapter_fuzz", "fuzzing");
    options.seed(s).training(s).hidden(s).scaling(s).person(person).weights(weights);
    options.number(depth, kDepthRange, "a whole number").number(bias, kBiasRange, "x");
    options.choice("activation", activation, kActivationNames, "a word");
    if (options.parse(static_cast<int>(words.size()), argv.data()) != Parsed::run) return 0;
    if (s.epochs < 1 || s.hidden < 1 || !(s.learning_rate > 0)) __builtin_trap();
    if (!(depth >= 1 && depth <= 20)) __builtin_trap();
    if (!(bias >= -100 && bias <= 100)) __builtin_trap();
    if (weights.empty()) __builtin_trap();
  } catch (const BadInput&) {
    // a clear message: what we want
  }
  return 0;
}
