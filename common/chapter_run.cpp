// chapter_run.cpp - command line and transcript for the chapter programs.
#include "chapter_run.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace po = boost::program_options;

namespace {

// One clear line on stderr, then exit code 2: how every bad input ends.
[[noreturn]] void usage_error(const std::string& program, const std::string& message) {
  std::cerr << program << ": " << message << " (see " << program << " --help)\n";
  std::exit(2);
}

}  // namespace

ChapterRun::ChapterRun(int argc, char** argv, const std::string& program, const std::string& title,
                       const po::options_description& extra) {
  po::options_description shared("Options every chapter takes");
  shared.add_options()                       //
      ("help,h", "show this help and exit")  //
      ("figures", po::value<std::string>()->value_name("DIR")->default_value(NN_DEFAULT_FIGURE_DIR),
       "folder for the SVG figures")            //
      ("no-figures", "do not draw any figure")  //
      ("transcript", po::value<std::string>()->value_name("FILE"),
       "also write everything printed to FILE");
  po::options_description all;
  all.add(shared).add(extra);

  try {
    // No positional arguments: a stray word is an error, not silently ignored.
    const po::positional_options_description no_positional;
    po::store(po::command_line_parser(argc, argv).options(all).positional(no_positional).run(),
              options_);
    po::notify(options_);
  } catch (const po::error& e) {
    usage_error(program, e.what());
  }
  if (options_.count("help") != 0) {
    std::cout << program << ": " << title << "\n\nUsage: " << program << " [options]\n\n" << shared;
    if (!extra.options().empty()) std::cout << "\n" << extra;
    std::exit(0);
  }

  draw_figures_ = options_.count("no-figures") == 0;
  figure_dir_ = options_["figures"].as<std::string>();
  if (draw_figures_) {
    std::error_code error;
    std::filesystem::create_directories(figure_dir_, error);
    if (error)
      usage_error(program, "cannot create figure folder " + figure_dir_ + ": " + error.message());
  }

  if (options_.count("transcript") != 0) {
    const std::string path = options_["transcript"].as<std::string>();
    transcript_.open(path, std::ios::binary);
    if (!transcript_) usage_error(program, "cannot write transcript " + path);
    original_cout_ = std::cout.rdbuf();
    terminal_ = std::make_unique<std::ostream>(original_cout_);
    tee_ = std::make_unique<boost::iostreams::stream<Tee>>(Tee(*terminal_, transcript_));
    std::cout.rdbuf(tee_->rdbuf());  // from now on, std::cout goes to both
  }
}

ChapterRun::~ChapterRun() {
  if (tee_) {
    std::cout.flush();
    tee_->flush();
    std::cout.rdbuf(original_cout_);
  }
}

std::string number_text(double value) {
  std::ostringstream text;
  text << value;  // default format: up to 6 significant digits, no trailing zeros
  return text.str();
}

int report_error(const std::string& program, const std::exception& error) {
  std::cout.flush();
  std::cerr << program << ": error: " << error.what() << "\n";
  return dynamic_cast<const BadInput*>(&error) != nullptr ? 2 : 1;
}
