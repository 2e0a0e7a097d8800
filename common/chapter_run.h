// chapter_run.h - what every chapter program does before and after its lesson.
//
// Reads the command line (--help, --figures DIR, --no-figures, --transcript
// FILE) and, with --transcript, sends everything the chapter prints to the
// terminal *and*, byte for byte, to a file: the book shows that file, so the
// output in the book is the output of a real run.
//
// A chapter's main starts with
//     ChapterRun run(argc, argv, "chapter_5", "the training loop");
// and may then draw into run.figure_dir() when run.draw_figures() is true.
#pragma once

#include <boost/iostreams/stream.hpp>
#include <boost/iostreams/tee.hpp>
#include <boost/program_options.hpp>
#include <exception>
#include <fstream>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>

#include "bad_input.h"

class ChapterRun {
 public:
  // Parses the options every chapter shares plus `extra`, the chapter's own.
  // --help prints the options and exits 0; a bad option prints one line on
  // stderr and exits 2.
  ChapterRun(int argc, char** argv, const std::string& program, const std::string& title,
             const boost::program_options::options_description& extra =
                 boost::program_options::options_description());
  ~ChapterRun();  // flushes the transcript and gives std::cout back its own buffer
  ChapterRun(const ChapterRun&) = delete;
  ChapterRun& operator=(const ChapterRun&) = delete;

  bool draw_figures() const { return draw_figures_; }
  const std::string& figure_dir() const { return figure_dir_; }
  // The parsed options, for a chapter's own (see `extra`).
  const boost::program_options::variables_map& options() const { return options_; }

 private:
  using Tee = boost::iostreams::tee_device<std::ostream, std::ofstream>;

  boost::program_options::variables_map options_;
  bool draw_figures_ = true;
  std::string figure_dir_;
  std::ofstream transcript_;
  std::unique_ptr<std::ostream> terminal_;  // writes where std::cout wrote before
  std::unique_ptr<boost::iostreams::stream<Tee>> tee_;
  std::streambuf* original_cout_ = nullptr;
};

// A number as short text ("0.15", "5", "1e+308"), for titles, labels and
// messages. (gnuplot streams print numbers in full scientific notation,
// which is right for data but not for a title.)
std::string number_text(double value);

// What a chapter's main does with an error nobody caught: one line on stderr
// naming the program (a shape mismatch, an exercise not done yet, ...) and
// exit code 1, instead of a crash; exit code 2 for BadInput.
int report_error(const std::string& program, const std::exception& error);
