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
// Only figure.cpp sees gnuplot-iostream (and the Boost headers behind it), so
// the chapters' figure files compile as plain C++.
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
  // installed (then one warning, once, on stderr).
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

  std::unique_ptr<gnuplotio::Gnuplot> gnuplot_;
  std::string file_;    // the SVG being drawn
  std::string script_;  // every command and data line, sent twice at the end (both sizes)
};

// Text as a gnuplot string literal, quotes and all: 'it''s'. A file name
// pasted into a command unquoted would be a command.
std::string gnuplot_string(const std::string& text);
