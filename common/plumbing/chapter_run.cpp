// chapter_run.cpp - the command line and the transcript of a chapter program.
#include "plumbing/chapter_run.h"

#include <unistd.h>

#include <algorithm>
#include <boost/iostreams/stream.hpp>
#include <boost/iostreams/tee.hpp>
#include <boost/program_options.hpp>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string_view>

#include "plumbing/bad_input.h"
#include "plumbing/number_text.h"
#include "plumbing/option_limits.h"

namespace po = boost::program_options;

namespace {

// The limits, and why they are where they are.
constexpr auto kMaxEpochs = static_cast<long long>(kEpochsRange.high);  // option_limits.h
constexpr auto kMaxHidden = static_cast<long long>(kHiddenRange.high);
constexpr double kMinHeight = 20, kMaxHeight = 110;  // inches: shortest to tallest adults on record
constexpr double kMinWeight = 5, kMaxWeight = 1500;  // pounds, likewise

// A whole-number option, shown in --help with its default.
po::typed_value<long long>* whole_value(long long default_value) {
  return po::value<long long>()->default_value(default_value)->value_name("N");
}

// A real-valued option whose default --help shows as "0.15", not "0.14999999999999999".
po::typed_value<double>* real_value(double default_value) {
  return po::value<double>()
      ->default_value(default_value, number_text(default_value))
      ->value_name("X");
}

// The options `options` asks for, each with its default shown in --help.
po::options_description chapter_options(unsigned options, const std::vector<NumberOption>& numbers,
                                        const std::vector<WordOption>& words,
                                        const Settings& settings, const NewPerson& person,
                                        const std::string& weights) {
  po::options_description described("Options of this chapter");
  auto add = described.add_options();
  for (const NumberOption& option : numbers) {
    add(option.name.c_str(), real_value(option.default_value)->value_name(option.whole ? "N" : "X"),
        option.help.c_str());
  }
  for (const WordOption& option : words) {
    add(option.name.c_str(),
        po::value<std::string>()
            ->default_value(option.default_word)
            ->value_name(option.words.empty() ? "FILE" : "WORD"),
        option.help.c_str());
  }
  if (options & kSeedOption) {
    add("seed", whole_value(settings.seed),
        "random seed for the first weights, as in np.random.seed");
  }
  if (options & kTrainingOptions) {
    add("lr", real_value(settings.learning_rate),
        "learning rate: how far each step moves the weights");
    add("init-scale", real_value(settings.init_scale),
        "first weights are randn times this (the article: 0.3, small on purpose)");
    add("epochs", whole_value(settings.epochs), "training epochs (passes over the training data)");
    add("print-every", whole_value(settings.print_every), "print the loss every N epochs");
  }
  if (options & kHiddenOption) {
    add("hidden", whole_value(settings.hidden), "neurons in the hidden layer");
  }
  if (options & kPersonOptions) {
    add("height", real_value(person.height), "height in inches");
    add("weight", real_value(person.weight), "weight in pounds");
  }
  if (options & kWeightsOption) {
    add("weights", po::value<std::string>()->default_value(weights)->value_name("FILE"),
        "text file holding the trained network's weights");
  }
  return described;
}

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

long long whole_number(const po::variables_map& values, const Typed& typed,
                       const std::string& option, long long low, long long high) {
  const long long value = values[option].as<long long>();
  if (value < low || value > high) {
    reject(option, "a whole number from " + std::to_string(low) + " to " + std::to_string(high),
           typed);
  }
  return value;
}

double real_number(const po::variables_map& values, const Typed& typed, const std::string& option,
                   double low, double high, const std::string& accepts) {
  const double value = values[option].as<double>();
  if (!std::isfinite(value) || value < low || value > high) reject(option, accepts, typed);
  return value;
}

// A file or folder name: not empty, and without control characters, which
// would split a message in two, or end a gnuplot command (figures/figure.cpp).
std::string path_value(const po::variables_map& values, const Typed& typed,
                       const std::string& option) {
  const std::string path = values[option].as<std::string>();
  if (path.empty() || has_control_character(path)) {
    reject(option, "a file or folder name (not empty, no control characters)", typed, true);
  }
  return path;
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

// The command that reproduces a run, as its transcript's first line shows it:
// "$ build/bin/chapter_5 --lr 50 --epochs 4". Options are given their full
// names, in the order typed; those that only say where output goes
// (--transcript, --figures, --no-figures) are left out, since what is
// printed does not depend on them.
std::string command_line(const std::string& program, const po::parsed_options& parsed) {
  std::string line = "$ build/bin/" + program;
  for (const po::option& option : parsed.options) {
    const std::string& name = option.string_key;
    if (name == "transcript" || name == "figures" || name == "no-figures") continue;
    line += " --" + name;
    for (const std::string& value : option.value) line += " " + shell_word(value);
  }
  return line;
}

}  // namespace

std::string shell_word(const std::string& word) {
  const auto plain = [](unsigned char c) {
    return std::isalnum(c) != 0 ||
           std::string_view("_./:=,+-%@").find(static_cast<char>(c)) != std::string_view::npos;
  };
  if (!word.empty() && std::all_of(word.begin(), word.end(), plain)) return word;
  if (!has_control_character(word)) {
    std::string quoted = "'";
    for (const char c : word) quoted += (c == '\'' ? std::string("'\\''") : std::string(1, c));
    return quoted + "'";
  }
  // $'...' spells control characters out: a newline in a path stays on this line.
  std::string quoted = "$'";
  for (const char c : word) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n') {
      quoted += "\\n";
    } else if (c == '\t') {
      quoted += "\\t";
    } else if (c == '\'' || c == '\\') {
      quoted += std::string("\\") + c;
    } else if (is_control(c)) {
      const char* hex = "0123456789abcdef";
      quoted += std::string("\\x") + hex[u >> 4] + hex[u & 15];
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// --transcript FILE: std::cout writes to the terminal and to FILE at once.
class ChapterRun::Transcript {
 public:
  // The file starts with `command` (how to repeat the run), then holds what
  // the terminal shows.
  Transcript(const std::string& path, const std::string& command) : file_(path, std::ios::binary) {
    if (!file_)
      throw BadInput("cannot write transcript " + printable(path) + ": " + std::strerror(errno));
    file_ << command << "\n";
    tee_.open(Tee(terminal_, file_));
    std::cout.rdbuf(tee_.rdbuf());  // from now on, std::cout goes to both
  }
  ~Transcript() { std::cout.rdbuf(original_); }

  // Flushes both copies; false if either could not be written.
  bool finish() {
    std::cout.flush();
    tee_.flush();
    file_.flush();
    return std::cout.good() && tee_.good() && file_.good();
  }

 private:
  using Tee = boost::iostreams::tee_device<std::ostream, std::ofstream>;
  std::streambuf* original_ = std::cout.rdbuf();
  std::ostream terminal_{original_};  // writes where std::cout wrote before
  std::ofstream file_;
  boost::iostreams::stream<Tee> tee_;
};

ChapterRun::ChapterRun(int argc, char** argv, const std::string& program, const std::string& title,
                       unsigned options, const std::vector<NumberOption>& numbers,
                       const std::vector<WordOption>& words, const Settings& defaults)
    : program_(program), settings_(defaults) {
  po::options_description shared("Options every chapter takes");
  shared.add_options()                       //
      ("help,h", "show this help and exit")  //
      ("figures", po::value<std::string>()->value_name("DIR")->default_value(figure_folder_),
       "folder for the SVG figures")            //
      ("no-figures", "do not draw any figure")  //
      ("transcript", po::value<std::string>()->value_name("FILE"),
       "also write everything printed to FILE");
  std::vector<WordOption> all_words = words;
  if (options & kScalingOption) {
    all_words.push_back({"scaling", scaling_name(settings_.scaling), all_names(kScalingNames),
                         "how heights and weights become inputs: none, centre (minus 67 in and "
                         "140 lb, the article's) or standardise (minus the mean, divided by the "
                         "standard deviation)"});
  }
  const po::options_description specific =
      chapter_options(options, numbers, all_words, settings_, person_, weights_path_);
  po::options_description all;
  all.add(shared).add(specific);

  po::variables_map values;
  std::string command;
  const Typed typed = typed_values(argc, argv, all, program);
  try {
    // No positional arguments: a stray word is an error, not silently ignored.
    const po::positional_options_description no_positional;
    const po::parsed_options parsed =
        po::command_line_parser(argc, argv).options(all).positional(no_positional).run();
    po::store(parsed, values);
    po::notify(values);
    command = command_line(program, parsed);
  } catch (const po::validation_error& e) {
    // "abc" for a number: the option first, then what was typed (shortened).
    const std::string name = e.get_option_name();  // "--lr"
    const std::string bare = name.substr(name.find_first_not_of('-'));
    const po::option_description* option = all.find_nothrow(bare, false);
    const bool whole = option != nullptr && option->semantic()->name().rfind("N", 0) == 0;
    const auto found = typed.find(bare);
    throw BadInput(name + (whole ? " needs a whole number" : " needs a number") + ", got '" +
                   printable(found == typed.end() ? "" : found->second) + "' (see " + program +
                   " --help)");
  } catch (const po::error& e) {
    throw BadInput(printable(e.what()) + " (see " + program + " --help)");
  }
  if (values.count("help") != 0) {
    std::ostringstream help;
    help << program << ": " << title << "\n\nUsage: " << program << " [options]\n\n" << shared;
    if (!specific.options().empty()) help << "\n" << specific;
    const std::string text = help.str();
    std::cout << text << (text.back() == '\n' ? "" : "\n");  // Boost may end without one
    if (!std::cout.flush()) {  // a full disk, a closed stdout: said, not silent
      std::cerr << program << ": error: could not write the help: " << std::strerror(errno) << "\n";
      std::exit(1);
    }
    std::exit(0);
  }

  for (const NumberOption& option : numbers) {
    const std::string range =
        " from " + number_text(option.low) + " to " + number_text(option.high);
    const std::string accepts = option.whole ? "a whole number" + range : "a number" + range;
    const double value = real_number(values, typed, option.name, option.low, option.high, accepts);
    if (option.whole && value != std::floor(value)) reject(option.name, accepts, typed);
    numbers_[option.name] = value;
  }
  for (const WordOption& option : all_words) {
    // (A word option that takes any text takes a file name: chapter 8's --data.)
    const std::string word = option.words.empty() ? path_value(values, typed, option.name)
                                                  : values[option.name].as<std::string>();
    if (!option.words.empty() &&
        std::find(option.words.begin(), option.words.end(), word) == option.words.end()) {
      std::string accepts;
      for (const std::string& w : option.words) accepts += (accepts.empty() ? "" : ", ") + w;
      reject(option.name, "one of " + accepts, typed, true);
    }
    words_[option.name] = word;
  }
  if (options & kSeedOption) {
    settings_.seed =
        whole_number(values, typed, "seed", 0, static_cast<long long>(kSeedRange.high));
  }
  if (options & kTrainingOptions) {
    const OptionRange& rate = kLearningRateRange;
    settings_.learning_rate = real_number(values, typed, "lr", rate.low, rate.high, rate.accepts);
    settings_.init_scale =
        real_number(values, typed, "init-scale", rate.low, rate.high, rate.accepts);
    settings_.epochs = whole_number(values, typed, "epochs", 1, kMaxEpochs);
    settings_.print_every = whole_number(values, typed, "print-every", 1, kMaxEpochs);
  }
  if (options & kHiddenOption)
    settings_.hidden = whole_number(values, typed, "hidden", 1, kMaxHidden);
  if (options & kPersonOptions) {
    person_.height = real_number(values, typed, "height", kMinHeight, kMaxHeight,
                                 "a human height in inches, from " + number_text(kMinHeight) +
                                     " to " + number_text(kMaxHeight));
    person_.weight = real_number(values, typed, "weight", kMinWeight, kMaxWeight,
                                 "a human weight in pounds, from " + number_text(kMinWeight) +
                                     " to " + number_text(kMaxWeight));
  }
  if (options & kScalingOption) {
    settings_.scaling = value_named(kScalingNames, words_.at("scaling"), "scaling");
    scaling_given_ = !values["scaling"].defaulted();
  }
  if (options & kWeightsOption) {
    weights_path_ = path_value(values, typed, "weights");
    weights_path_given_ = !values["weights"].defaulted();
  }

  if (values.count("no-figures") != 0) {
    figure_folder_.clear();
  } else {
    figure_folder_ = path_value(values, typed, "figures");
    check_writable_folder(figure_folder_);
  }
  if (values.count("transcript") != 0) {
    transcript_ = std::make_unique<Transcript>(path_value(values, typed, "transcript"), command);
  }
}

ChapterRun::~ChapterRun() {
  const bool transcript_written = transcript_ == nullptr || transcript_->finish();
  transcript_.reset();
  const bool output_written = static_cast<bool>(std::cout.flush());
  if (!transcript_written || !output_written) {
    std::cerr << program_ << ": error: could not write "
              << (transcript_written ? "the output" : "the transcript") << ": "
              << std::strerror(errno != 0 ? errno : EIO) << "\n";
    std::_Exit(1);
  }
}

int report_error(const std::string& program, const std::exception& error) {
  std::cout.flush();
  std::cerr << program << ": error: " << error.what() << "\n";
  return dynamic_cast<const BadInput*>(&error) != nullptr ? 2 : 1;
}
