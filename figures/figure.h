// figure.h - drawing the book's figures with gnuplot.
//
// Each figure is an SVG file drawn by gnuplot, which the program talks to
// through a pipe (gnuplot-iostream). start_figure() opens that pipe, loads
// the book's shared style (figures/book.gnuplot) and points the output at
// DIR/NAME.svg; the chapter then sends its own plot commands and data:
//
//     if (auto gp = start_figure(run, "sigmoid")) {
//       *gp << "plot '-' with lines\n";
//       gp->send1d(points);
//     }   // the figure is finished when gp goes out of scope
#pragma once

#include <gnuplot-iostream.h>

#include <memory>
#include <string>

#include "chapter_run.h"

// A gnuplot session writing run.figure_dir()/NAME.svg in the book's style, or
// nullptr when figures are off (--no-figures) or gnuplot is not installed
// (then one warning, once, on stderr).
std::unique_ptr<Gnuplot> start_figure(const ChapterRun& run, const std::string& name);
