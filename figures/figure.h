// figure.h - drawing the book's figures with gnuplot.
//
// Each figure is an SVG file drawn by gnuplot, which the program talks to
// through a pipe (gnuplot-iostream). start_figure() opens that pipe, loads
// the book's shared style (figures/book.gnuplot) and points the output at
// FOLDER/NAME.svg; a chapter's figure file (chapterN_figures.cpp) then sends
// its own plot commands and data:
//
//     if (auto gp = start_figure(folder, "ch1_sigmoid")) {
//       *gp << "plot '-' with lines\n";
//       gp->send1d(points);
//     }   // the figure is finished when gp goes out of scope
#pragma once

#include <gnuplot-iostream.h>

#include <memory>
#include <string>

// A gnuplot session writing FOLDER/NAME.svg in the book's style, or nullptr
// when `folder` is empty (figures are off) or gnuplot is not installed (then
// one warning, once, on stderr).
std::unique_ptr<Gnuplot> start_figure(const std::string& folder, const std::string& name);

// Text as a gnuplot string literal, quotes and all: 'it''s'. A file name
// pasted into a command unquoted would be a command.
std::string gnuplot_string(const std::string& text);
