// fuzz_options.cpp - libFuzzer target: any bytes as a chapter's command line.
//
// The bytes are split at NUL characters into arguments. ChapterRun must
// either accept them or throw BadInput (exit code 2 in a program); anything
// else is a finding. --help (which ends the process by design) and
// --transcript (which writes a file) are left out, and --no-figures is always
// added, so that no folder is created.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "plumbing/bad_input.h"
#include "plumbing/chapter_run.h"

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
    // --help exits; --transcript writes a file wherever it is told (and
    // Boost accepts "-h", "---h", "--he" or "--tr" for them).
    const std::size_t name = w.find_first_not_of('-');
    if (name > 0 && name != std::string::npos && (w[name] == 'h' || w[name] == 't')) return 0;
  }
  words.push_back("--no-figures");
  std::vector<char*> argv;
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  try {
    const ChapterRun run(
        static_cast<int>(words.size()), argv.data(), "chapter_fuzz", "fuzzing",
        kSeedOption | kTrainingOptions | kPersonOptions | kWeightsOption | kScalingOption |
            kHiddenOption,
        {{"depth", 8, 1, 20, "a whole number", true}, {"bias", 0.1, -100, 100, "x"}},
        {{"activation", "sigmoid", {"sigmoid", "tanh", "relu"}, "a word"}});
    const Settings& s = run.settings();
    if (s.epochs < 1 || s.hidden < 1 || !(s.learning_rate > 0)) __builtin_trap();
    const double depth = run.number("depth");
    if (!(depth >= 1 && depth <= 20) || depth != static_cast<int>(depth)) __builtin_trap();
    if (!(run.number("bias") >= -100 && run.number("bias") <= 100)) __builtin_trap();
    const std::string& activation = run.word("activation");
    if (activation != "sigmoid" && activation != "tanh" && activation != "relu") __builtin_trap();
  } catch (const BadInput&) {
    // a clear message: what we want
  }
  return 0;
}
