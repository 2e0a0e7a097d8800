// command_line.h - a chapter program's options, each bound to the variable it sets.
//
// Plumbing, not lesson. A chapter's main declares its variables with the
// article's values, binds an option to each, and parses:
//
//   Settings settings;  // the article's, unless an option changes it
//   std::string weights = NN_DEFAULT_WEIGHTS;
//   CommandLine options("chapter_5", "the training loop");
//   options.seed(settings).training(settings).weights(weights);
//   if (options.parse(argc, argv) == Parsed::help_shown) return 0;
//   ...
//   return finish_output("chapter_5");
//
// Every number is checked against its range in option_limits.h, the one
// table that --help, the messages and the book's playground share. A bad or
// unknown option throws BadInput, which report_error() turns into one line on
// stderr and exit code 2. What a program prints goes to stdout only: the book
// build sends it to the transcript file itself.
// Tests: tests/check_cli.py, and tests/fuzz/fuzz_options.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "names.h"
#include "plumbing/option_limits.h"
#include "settings.h"

namespace boost::program_options {
class options_description;
class variables_map;
}  // namespace boost::program_options

enum class Parsed { run, help_shown };

class CommandLine {
 public:
  // `program` names it in messages ("chapter_5"); `title` heads --help.
  CommandLine(std::string program, std::string title);
  ~CommandLine();
  CommandLine(const CommandLine&) = delete;
  CommandLine& operator=(const CommandLine&) = delete;

  // The options of Settings (settings.h) and of chapter 6's new person.
  // Each option's default, shown by --help, is the field's value now.
  CommandLine& seed(Settings& settings);      // --seed
  CommandLine& training(Settings& settings);  // --lr, --init-scale, --epochs, --print-every
  CommandLine& hidden(Settings& settings);    // --hidden
  CommandLine& scaling(Settings& settings);   // --scaling none|centre|standardise
  CommandLine& person(NewPerson& person);     // --height, --weight
  CommandLine& weights(std::string& path);    // --weights FILE: chapter 5's saved network

  // One chapter's own options: a number within `range` (named by it), one
  // of a few words, or a file.
  CommandLine& number(double& value, const OptionRange& range, const char* help);
  CommandLine& number(int& value, const OptionRange& range, const char* help);
  CommandLine& word(const char* name, std::string& value, const std::vector<std::string>& words,
                    const char* help);
  template <class Enum, std::size_t N>
  CommandLine& choice(const char* name, Enum& value, const Names<Enum, N>& names,
                      const char* help) {
    std::string& word = chosen_.emplace_back(name_of(names, value));
    return word_option(name, word, all_names(names), help,
                       [&value, &names, name](const std::string& typed) {
                         value = value_named(names, typed, name);
                       });
  }
  CommandLine& file(const char* name, std::string& path, const char* help);

  // Reads the command line into the bound variables. --help prints the
  // options and returns help_shown (main then returns 0); a bad value
  // throws BadInput, output that cannot be written OutputLost.
  Parsed parse(int argc, char** argv);
  bool given(const std::string& name) const;  // typed, not left at its default
  // Where the figures go (--figures DIR, checked writable); "" with --no-figures.
  const std::string& figure_folder() const { return figure_folder_; }

 private:
  void add_number(const OptionRange& range, double value, const std::string& shown,
                  const char* help, const std::function<void(double)>& store);
  CommandLine& word_option(const char* name, std::string& value,
                           const std::vector<std::string>& words, const char* help,
                           const std::function<void(const std::string&)>& then);

  std::string program_, title_;
  std::unique_ptr<boost::program_options::options_description> shared_, own_;
  std::unique_ptr<boost::program_options::variables_map> values_;
  std::map<std::string, std::string> typed_;  // each option's value as typed, for messages
  std::deque<std::string> chosen_;            // the words of choice() options
  std::string figure_folder_ = NN_DEFAULT_FIGURE_DIR;
};

// The end of a chapter's main: 0 if everything printed reached stdout, else
// one line on stderr ("could not write the output: No space left on
// device") and 1. Never a silent success.
int finish_output(const std::string& program);

// What a chapter's main does with an error nobody caught: one line on stderr
// naming the program (a shape mismatch, an exercise not done yet, ...) and
// exit code 1, instead of a crash; exit code 2 for BadInput.
int report_error(const std::string& program, const std::exception& error);
