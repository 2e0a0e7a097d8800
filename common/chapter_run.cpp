// chapter_run.cpp - the command line and the transcript of a chapter program.
#include "chapter_run.h"

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

#include "bad_input.h"
#include "number_text.h"
#include "option_limits.h"

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

// Boost.Program_options fills '%value%'-style placeholders into its error
// messages, and loops forever on an argument that itself holds one (found
// by tests/fuzz/). Such an argument is refused before Boost sees it.
void refuse_placeholders(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    for (std::size_t open = word.find('%'); open != std::string::npos;
         open = word.find('%', open + 1)) {
      const std::size_t end = word.find_first_not_of("abcdefghijklmnopqrstuvwxyz_", open + 1);
      if (end != std::string::npos && end > open + 1 && word[end] == '%') {
        throw BadInput("argument " + std::to_string(i) + " ('" + printable(word) +
                       "') holds a %name% sequence, which the option parser cannot handle");
      }
    }
  }
}

// The message every rejected value gets: which option, what it accepts, what it got.
[[noreturn]] void reject(const std::string& option, const std::string& accepts,
                         const std::string& got) {
  throw BadInput("--" + option + " must be " + accepts + ", got " + got);
}

long long whole_number(const po::variables_map& values, const std::string& option, long long low,
                       long long high) {
  const long long value = values[option].as<long long>();
  if (value < low || value > high) {
    reject(option, "a whole number from " + std::to_string(low) + " to " + std::to_string(high),
           std::to_string(value));
  }
  return value;
}

double real_number(const po::variables_map& values, const std::string& option, double low,
                   double high, const std::string& accepts) {
  const double value = values[option].as<double>();
  if (!std::isfinite(value) || value < low || value > high) {
    reject(option, accepts, number_text(value));
  }
  return value;
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
    return std::isalnum(c) != 0 || std::string_view("_./:=,+-%@").find(static_cast<char>(c)) !=
                                       std::string_view::npos;
  };
  const auto control = [](unsigned char c) { return c < 0x20 || c == 0x7f; };
  if (!word.empty() && std::all_of(word.begin(), word.end(), plain)) return word;
  if (std::none_of(word.begin(), word.end(), control)) {
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
    } else if (control(u)) {
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
  Transcript(const std::string& path, const std::string& command)
      : file_(path, std::ios::binary) {
    if (!file_) throw BadInput("cannot write transcript " + path);
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
    all_words.push_back({"scaling",
                         scaling_name(settings_.scaling),
                         {"none", "centre", "standardise"},
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
  refuse_placeholders(argc, argv);
  try {
    // No positional arguments: a stray word is an error, not silently ignored.
    const po::positional_options_description no_positional;
    const po::parsed_options parsed =
        po::command_line_parser(argc, argv).options(all).positional(no_positional).run();
    po::store(parsed, values);
    po::notify(values);
    command = command_line(program, parsed);
  } catch (const po::error& e) {
    throw BadInput(printable(e.what()) + " (see " + program + " --help)");
  }
  if (values.count("help") != 0) {
    std::ostringstream help;
    help << program << ": " << title << "\n\nUsage: " << program << " [options]\n\n" << shared;
    if (!specific.options().empty()) help << "\n" << specific;
    const std::string text = help.str();
    std::cout << text << (text.back() == '\n' ? "" : "\n");  // Boost may end without one
    std::exit(0);
  }

  for (const NumberOption& option : numbers) {
    const std::string range =
        " from " + number_text(option.low) + " to " + number_text(option.high);
    const std::string accepts = option.whole ? "a whole number" + range : "a number" + range;
    const double value = real_number(values, option.name, option.low, option.high, accepts);
    if (option.whole && value != std::floor(value))
      reject(option.name, accepts, number_text(value));
    numbers_[option.name] = value;
  }
  for (const WordOption& option : all_words) {
    const std::string word = values[option.name].as<std::string>();
    if (!option.words.empty() &&
        std::find(option.words.begin(), option.words.end(), word) == option.words.end()) {
      std::string accepts;
      for (const std::string& w : option.words) accepts += (accepts.empty() ? "" : ", ") + w;
      reject(option.name, "one of " + accepts, "'" + printable(word) + "'");
    }
    words_[option.name] = word;
  }
  if (options & kSeedOption) {
    settings_.seed = whole_number(values, "seed", 0, static_cast<long long>(kSeedRange.high));
  }
  if (options & kTrainingOptions) {
    const OptionRange& rate = kLearningRateRange;
    settings_.learning_rate = real_number(values, "lr", rate.low, rate.high, rate.accepts);
    settings_.init_scale = real_number(values, "init-scale", rate.low, rate.high, rate.accepts);
    settings_.epochs = whole_number(values, "epochs", 1, kMaxEpochs);
    settings_.print_every = whole_number(values, "print-every", 1, kMaxEpochs);
  }
  if (options & kHiddenOption) settings_.hidden = whole_number(values, "hidden", 1, kMaxHidden);
  if (options & kPersonOptions) {
    person_.height = real_number(values, "height", kMinHeight, kMaxHeight,
                                 "a human height in inches, from " + number_text(kMinHeight) +
                                     " to " + number_text(kMaxHeight));
    person_.weight = real_number(values, "weight", kMinWeight, kMaxWeight,
                                 "a human weight in pounds, from " + number_text(kMinWeight) +
                                     " to " + number_text(kMaxWeight));
  }
  if (options & kScalingOption) {
    for (const Scaling kind : {Scaling::none, Scaling::centre, Scaling::standardise}) {
      if (words_.at("scaling") == scaling_name(kind)) settings_.scaling = kind;
    }
    scaling_given_ = !values["scaling"].defaulted();
  }
  if (options & kWeightsOption) {
    weights_path_ = values["weights"].as<std::string>();
    weights_path_given_ = !values["weights"].defaulted();
  }

  if (values.count("no-figures") != 0) {
    figure_folder_.clear();
  } else {
    figure_folder_ = values["figures"].as<std::string>();
    std::error_code error;
    std::filesystem::create_directories(figure_folder_, error);
    if (error) {
      throw BadInput("cannot create figure folder " + figure_folder_ + ": " + error.message());
    }
  }
  if (values.count("transcript") != 0) {
    transcript_ = std::make_unique<Transcript>(values["transcript"].as<std::string>(), command);
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
