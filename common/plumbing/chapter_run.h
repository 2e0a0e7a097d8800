// chapter_run.h - what every chapter program does before and after its lesson.
//
// Reads the command line and hands back plain values: the experiment's
// Settings, the new person, the weights file, the figure folder. With
// --transcript FILE, everything the chapter prints goes to the terminal *and*,
// byte for byte, to FILE, after a first line with the command that repeats
// the run ("$ build/bin/chapter_5 --lr 50"): the book shows that file, so the
// output in the book is the output of a real run, and says which run.
//
// A chapter's main starts with
//     const ChapterRun run(argc, argv, "chapter_5", "the training loop",
//                          kSeedOption | kTrainingOptions | kWeightsOption);
//     const Settings settings = run.settings();
#pragma once

#include <exception>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "settings.h"

// Options a chapter can take besides those every chapter takes (--help,
// --figures DIR, --no-figures, --transcript FILE). Combine them with |.
enum ChapterOptions : unsigned {
  kNoOptions = 0,
  kSeedOption = 1,       // --seed N
  kTrainingOptions = 2,  // --lr, --init-scale, --epochs, --print-every
  kPersonOptions = 4,    // --height IN, --weight LB: the new person
  kWeightsOption = 8,    // --weights FILE: the trained network chapter 5 saves
  kScalingOption = 16,   // --scaling none|centre|standardise: how inputs are scaled
  kHiddenOption = 32,    // --hidden H: neurons in the hidden layer
};

// A number only one chapter takes, such as chapter 1's --bias. Values
// outside [low, high] (or not whole, if `whole`) are refused with a message
// that names what is accepted.
struct NumberOption {
  std::string name;  // "bias" for --bias
  double default_value;
  double low, high;
  std::string help;  // one line for --help
  bool whole = false;
};

// A word only one chapter takes, one of a few (chapter 7's --activation), or
// any text if `words` is empty (chapter 8's --data FILE).
struct WordOption {
  std::string name;                // "activation" for --activation
  std::string default_word;        // one of `words`
  std::vector<std::string> words;  // what it accepts (empty: anything)
  std::string help;
};

class ChapterRun {
 public:
  // Reads the command line. --help prints the options and exits 0; a bad or
  // unknown option throws BadInput, which report_error() turns into one line
  // on stderr and exit code 2.
  ChapterRun(int argc, char** argv, const std::string& program, const std::string& title,
             unsigned options = kNoOptions, const std::vector<NumberOption>& numbers = {},
             const std::vector<WordOption>& words = {}, const Settings& defaults = Settings{});
  // Flushes the transcript and gives std::cout back its own buffer. Output
  // that could not be written (a full disk) ends the program with one line
  // on stderr and exit code 1: never a silent success.
  ~ChapterRun();
  ChapterRun(const ChapterRun&) = delete;
  ChapterRun& operator=(const ChapterRun&) = delete;

  const Settings& settings() const { return settings_; }  // `defaults`, unless changed
  const NewPerson& person() const { return person_; }     // the article's, unless changed
  const std::string& weights_path() const { return weights_path_; }
  bool weights_path_given() const { return weights_path_given_; }  // --weights was used
  bool scaling_given() const { return scaling_given_; }            // --scaling was used
  // The value of one of the chapter's own NumberOptions or WordOptions, by name.
  double number(const std::string& name) const { return numbers_.at(name); }
  const std::string& word(const std::string& name) const { return words_.at(name); }
  // Where the figures go; empty with --no-figures.
  const std::string& figure_folder() const { return figure_folder_; }

 private:
  class Transcript;  // the tee behind --transcript (chapter_run.cpp)

  std::string program_;  // for messages: "chapter_5"
  Settings settings_;
  NewPerson person_;
  std::string weights_path_ = NN_DEFAULT_WEIGHTS;
  bool weights_path_given_ = false;
  bool scaling_given_ = false;
  std::map<std::string, double> numbers_;     // the chapter's own NumberOptions
  std::map<std::string, std::string> words_;  // and WordOptions
  std::string figure_folder_ = NN_DEFAULT_FIGURE_DIR;
  std::unique_ptr<Transcript> transcript_;
};

// `word` as a shell would need it typed: as it is when that is safe
// ("0.15", "lr50.txt"), else in quotes ('my file.txt'), with control
// characters spelled out ($'a\nb'), so it always stays on one line.
std::string shell_word(const std::string& word);

// What a chapter's main does with an error nobody caught: one line on stderr
// naming the program (a shape mismatch, an exercise not done yet, ...) and
// exit code 1, instead of a crash; exit code 2 for BadInput.
int report_error(const std::string& program, const std::exception& error);
