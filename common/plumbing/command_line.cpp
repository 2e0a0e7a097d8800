// command_line.cpp - a chapter program's options (command_line.h), read by
// Boost.Program_options into the variables they are bound to.
#include "plumbing/command_line.h"

#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "plumbing/bad_input.h"
#include "plumbing/number_text.h"

namespace po = boost::program_options;

namespace {

// Each option's value as it was typed: "lr" -> "0.15" (typed_values).
using Typed = std::map<std::string, std::string>;

// True if `text` holds a %name% sequence, such as "%value%".
bool holds_placeholder(const std::string& text) {
  for (std::size_t open = text.find('%'); open != std::string::npos;
       open = text.find('%', open + 1)) {
    const std::size_t end = text.find_first_not_of("abcdefghijklmnopqrstuvwxyz_", open + 1);
    if (end != std::string::npos && end > open + 1 && text[end] == '%') return true;
  }
  return false;
}

// A first pass over the words typed, before Boost.Program_options sees them,
// for the mistakes it reports badly or not at all. It refuses
//   --lr --epochs 5       a value forgotten ("--lr needs a value"; Boost would
//                         take "--epochs" as the value and complain of "5");
//   extra                 a word that is neither an option nor a value;
//   --learning-rate 0.1   an option this chapter does not take;
//   --x%value%            a %name% sequence (Boost fills such placeholders into
//                         its messages, and loops forever on one typed by the user:
//                         found by tests/fuzz/).
// It returns each option's value as typed, for messages ("got 20.0000001").
Typed typed_values(int argc, char** argv, const po::options_description& options,
                   const std::string& program) {
  const std::string see = " (see " + program + " --help)";
  Typed typed;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    std::string name = word, value;
    bool has_value = false;
    if (word.rfind("--", 0) == 0) {
      name = word.substr(2, word.find('=') - 2);
      if (name.empty()) {  // "--" or "--=x": Boost would call it ambiguous, naming every option
        throw BadInput("'" + printable(word) + "' names no option" + see);
      }
      const po::option_description* option = options.find_nothrow(name, false);
      if (option == nullptr && !holds_placeholder(word)) {
        throw BadInput("unrecognised option '--" + printable(name) + "'" + see);
      }
      if (word.find('=') != std::string::npos) {
        value = word.substr(word.find('=') + 1);
        has_value = true;
      } else if (option != nullptr && option->semantic()->max_tokens() > 0) {
        if (i + 1 == argc || std::string(argv[i + 1]).rfind("--", 0) == 0) {
          throw BadInput("--" + printable(name) + " needs a value" + see);
        }
        value = argv[++i];
        has_value = true;
      }
    } else if (word.empty() || word[0] != '-') {
      throw BadInput("'" + printable(word) + "' is not an option: options start with --" + see);
    }
    if (holds_placeholder(word) || holds_placeholder(value)) {
      throw BadInput(
          (has_value ? "the value of --" + printable(name) : "'" + printable(word) + "'") +
          " holds a %name% sequence, which the option parser cannot handle");
    }
    if (has_value) typed[name] = value;
  }
  return typed;
}

// The message every rejected value gets: which option, what it accepts, and
// what was typed, as typed ("got 20.0000001", never rounded into the range).
[[noreturn]] void reject(const std::string& option, const std::string& accepts, const Typed& typed,
                         bool quoted = false) {
  const auto found = typed.find(option);
  const std::string got = printable(found == typed.end() ? std::string() : found->second);
  throw BadInput("--" + option + " must be " + accepts + ", got " +
                 (quoted ? "'" + got + "'" : got));
}

// A file or folder name: not empty, and without control characters, which
// would split a message in two, or end a gnuplot command (figures/figure.cpp).
void check_path(const std::string& option, const std::string& path, const Typed& typed) {
  if (path.empty() || has_control_character(path)) {
    reject(option, "a file or folder name (not empty, no control characters)", typed, true);
  }
}

// Makes `folder` if need be, and checks a file can be made in it: a figure
// that cannot be written is refused before any work, in one line.
void check_writable_folder(const std::string& folder) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    throw BadInput("cannot create figure folder " + printable(folder) + ": " + error.message());
  }
  std::string probe = folder + "/.nn-probe-XXXXXX";
  const int descriptor = mkstemp(probe.data());
  if (descriptor < 0) {
    throw BadInput("cannot write in figure folder " + printable(folder) + ": " +
                   std::strerror(errno));
  }
  close(descriptor);
  std::remove(probe.c_str());
}

}  // namespace

CommandLine::CommandLine(std::string program, std::string title)
    : program_(std::move(program)),
      title_(std::move(title)),
      shared_(std::make_unique<po::options_description>("Options every chapter takes")),
      own_(std::make_unique<po::options_description>("Options of this chapter")),
      values_(std::make_unique<po::variables_map>()) {
  shared_->add_options()                     //
      ("help,h", "show this help and exit")  //
      ("figures",
       po::value<std::string>(&figure_folder_)->value_name("DIR")->default_value(figure_folder_),
       "folder for the SVG figures")  //
      ("no-figures", "do not draw any figure");
}

CommandLine::~CommandLine() = default;

// Every number is read as a double, so that a value out of range or not
// whole is told what the option accepts ("must be a whole number from 1 to
// 20, got 2.5"); one that is no number at all fails in parse().
void CommandLine::add_number(const OptionRange& range, double value, const std::string& shown,
                             const char* help, const std::function<void(double)>& store) {
  const std::string name = range.name;
  own_->add_options()(range.name,
                      po::value<double>()
                          ->default_value(value, shown)
                          ->value_name(range.whole ? "N" : "X")
                          ->notifier([this, range, name, store](double typed) {
                            if (!in_range(range, typed)) reject(name, range.accepts, typed_);
                            store(typed);
                          }),
                      help);
}

CommandLine& CommandLine::number(double& value, const OptionRange& range, const char* help) {
  // (The default is shown as "0.15", not "0.14999999999999999".)
  add_number(range, value, number_text(value), help, [&value](double typed) { value = typed; });
  return *this;
}

CommandLine& CommandLine::number(int& value, const OptionRange& range, const char* help) {
  add_number(range, value, std::to_string(value), help,
             [&value](double typed) { value = static_cast<int>(typed); });
  return *this;
}

CommandLine& CommandLine::seed(Settings& settings) {
  std::uint32_t& seed = settings.seed;
  add_number(kSeedRange, seed, std::to_string(seed),
             "random seed for the first weights, as in np.random.seed",
             [&seed](double typed) { seed = static_cast<std::uint32_t>(typed); });
  return *this;
}

CommandLine& CommandLine::training(Settings& settings) {
  number(settings.learning_rate, kLearningRateRange,
         "learning rate: how far each step moves the weights");
  number(settings.init_scale, kInitScaleRange,
         "first weights are randn times this (the article: 0.3, small on purpose)");
  number(settings.epochs, kEpochsRange, "training epochs (passes over the training data)");
  return number(settings.print_every, kPrintEveryRange, "print the loss every N epochs");
}

CommandLine& CommandLine::hidden(Settings& settings) {
  return number(settings.hidden, kHiddenRange, "neurons in the hidden layer");
}

CommandLine& CommandLine::scaling(Settings& settings) {
  return choice("scaling", settings.scaling, kScalingNames,
                "how heights and weights become inputs: none, centre (minus 67 in and 140 lb, "
                "the article's) or standardise (minus the mean, divided by the standard "
                "deviation)");
}

CommandLine& CommandLine::person(NewPerson& person) {
  number(person.height, kHeightRange, "height in inches");
  return number(person.weight, kWeightRange, "weight in pounds");
}

CommandLine& CommandLine::weights(std::string& path) {
  return file("weights", path, "text file holding the trained network's weights");
}

CommandLine& CommandLine::word_option(const char* name, std::string& value,
                                      const std::vector<std::string>& words, const char* help,
                                      const std::function<void(const std::string&)>& then) {
  const std::string option = name;
  own_->add_options()(name,
                      po::value<std::string>()->default_value(value)->value_name("WORD")->notifier(
                          [this, &value, words, option, then](const std::string& typed) {
                            if (std::find(words.begin(), words.end(), typed) == words.end()) {
                              std::string accepts;
                              for (const std::string& w : words)
                                accepts += (accepts.empty() ? "" : ", ") + w;
                              reject(option, "one of " + accepts, typed_, true);
                            }
                            value = typed;
                            if (then) then(typed);
                          }),
                      help);
  return *this;
}

CommandLine& CommandLine::word(const char* name, std::string& value,
                               const std::vector<std::string>& words, const char* help) {
  return word_option(name, value, words, help, nullptr);
}

CommandLine& CommandLine::file(const char* name, std::string& path, const char* help) {
  const std::string option = name;
  own_->add_options()(name,
                      po::value<std::string>()->default_value(path)->value_name("FILE")->notifier(
                          [this, &path, option](const std::string& typed) {
                            check_path(option, typed, typed_);
                            path = typed;
                          }),
                      help);
  return *this;
}

Parsed CommandLine::parse(int argc, char** argv) {
  po::options_description all;
  all.add(*shared_).add(*own_);
  typed_ = typed_values(argc, argv, all, program_);
  try {
    // No positional arguments: a stray word is an error, not silently ignored.
    const po::positional_options_description no_positional;
    po::store(po::command_line_parser(argc, argv).options(all).positional(no_positional).run(),
              *values_);
  } catch (const po::validation_error& e) {
    // "abc" for a number: the option first, then what was typed (shortened).
    const std::string name = e.get_option_name();  // "--lr"
    const std::string bare = name.substr(name.find_first_not_of('-'));
    const po::option_description* option = all.find_nothrow(bare, false);
    const bool whole = option != nullptr && option->semantic()->name().rfind("N", 0) == 0;
    const auto found = typed_.find(bare);
    throw BadInput(name + (whole ? " needs a whole number" : " needs a number") + ", got '" +
                   printable(found == typed_.end() ? "" : found->second) + "' (see " + program_ +
                   " --help)");
  } catch (const po::error& e) {
    throw BadInput(printable(e.what()) + " (see " + program_ + " --help)");
  }
  if (values_->count("help") != 0) {
    std::ostringstream help;
    help << program_ << ": " << title_ << "\n\nUsage: " << program_ << " [options]\n\n" << *shared_;
    if (!own_->options().empty()) help << "\n" << *own_;
    const std::string text = help.str();
    std::cout << text << (text.back() == '\n' ? "" : "\n");  // Boost may end without one
    if (!std::cout.flush()) {  // a full disk, a closed stdout: said, not silent
      throw OutputLost(std::string("could not write the help: ") + std::strerror(errno));
    }
    return Parsed::help_shown;
  }
  po::notify(*values_);  // each option's value into its variable, checked on the way
  if (values_->count("no-figures") != 0) {
    figure_folder_.clear();
  } else {
    check_path("figures", figure_folder_, typed_);
    check_writable_folder(figure_folder_);
  }
  return Parsed::run;
}

bool CommandLine::given(const std::string& name) const {
  return values_->count(name) != 0 && !(*values_)[name].defaulted();
}

int finish_output(const std::string& program) {
  if (std::cout.flush()) return 0;
  std::cerr << program
            << ": error: could not write the output: " << std::strerror(errno != 0 ? errno : EIO)
            << "\n";
  return 1;
}

int report_error(const std::string& program, const std::exception& error) {
  std::cout.flush();
  std::cerr << program << ": error: " << error.what() << "\n";
  return dynamic_cast<const BadInput*>(&error) != nullptr ? 2 : 1;
}
