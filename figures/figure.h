// figure.h - drawing the book's figures with gnuplot.
//
// A Figure is a gnuplot session writing FOLDER/NAME.svg in the book's style
// (figures/book.gnuplot), and the same figure narrower, for phones, as
// FOLDER/NAME-phone.svg (the book shows it on screens under 600 px). A chapter's figure file (chapterN_figures.cpp)
// sends it plot commands and data, and the picture is finished when the
// Figure goes out of scope:
//
//     Figure figure(folder, "ch1_sigmoid");
//     if (!figure) return;                // figures are off, or no gnuplot
//     figure << "plot '-' with lines\n";  // '-': the data follows the command
//     figure.send(points);                // the (x, y) pairs of that line
//
// Beside the pictures, FOLDER/NAME.gnuplot keeps what the figure's code sent
// (commands and data, no file names): the tests compare each data block with
// a golden summary (tests/golden/), and a reader can see the numbers behind
// every curve.
//
// A figure that cannot be written is never reported as drawn: the old files
// are removed first, gnuplot's own complaints go to a scratch file, and a
// failure ends the program with one line naming the file.
//
// Only figure.cpp sees gnuplot-iostream (and the Boost headers behind it), so
// the chapters' figure files compile as plain C++.
// Tests: tests/check_cli.py (paths, a missing or failing gnuplot) and the golden figure data
//  (tests/golden/).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace gnuplotio {
class Gnuplot;  // gnuplot-iostream's pipe to gnuplot
}

class Figure {
 public:
  // Nothing is drawn when `folder` is empty (--no-figures) or gnuplot is not
  // installed (then one warning, once, on stderr). A file of the figure that
  // cannot be replaced (a folder of that name, no permission) throws BadInput.
  Figure(const std::string& folder, const std::string& name);
  ~Figure();
  Figure(const Figure&) = delete;
  Figure& operator=(const Figure&) = delete;

  explicit operator bool() const { return gnuplot_ != nullptr; }

  // Gnuplot commands, and numbers inside them, as text.
  Figure& operator<<(const std::string& text);
  Figure& operator<<(double number);
  Figure& operator<<(int number);

  // One block of inline data: an (x, y) pair per line, then the end mark.
  void send(const std::vector<std::pair<double, double>>& points);

 private:
  void draw_both_sizes();  // at the end: the script, at both sizes
  void keep_script();      // ... and in FOLDER/NAME.gnuplot

  std::unique_ptr<gnuplotio::Gnuplot> gnuplot_;
  std::string file_;      // the SVG being drawn: FOLDER/NAME.svg
  std::string phone_;     // FOLDER/NAME-phone.svg
  std::string script_;    // every command and data line, sent twice at the end (both sizes)
  std::string messages_;  // the scratch file gnuplot's stderr goes to
};

// Text as a gnuplot string literal, quotes and all: 'it''s'. A file name
// pasted into a command unquoted would be a command; so would one holding a
// newline, even quoted, which is why `text` with a control character throws
// BadInput (command_line.cpp refuses such paths before any work).
std::string gnuplot_string(const std::string& text);
