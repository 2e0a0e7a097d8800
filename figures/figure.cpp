// figure.cpp - starts gnuplot with the book's style.
#include "figure.h"

#include <gnuplot-iostream.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <limits>
#include <sstream>

namespace {

// True if an executable called `program` is in one of the PATH folders.
// Checked before starting gnuplot: a pipe to a missing program would only
// fail later, when the first plot command is written.
bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path != nullptr ? path : "");
  std::string folder;
  while (std::getline(folders, folder, ':')) {
    const std::string candidate = (folder.empty() ? "." : folder) + "/" + program;
    if (access(candidate.c_str(), X_OK) == 0) return true;
  }
  return false;
}

}  // namespace

std::string gnuplot_string(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) quoted += (c == '\'') ? std::string("''") : std::string(1, c);
  return quoted + "'";
}

Figure::Figure(const std::string& folder, const std::string& name) {
  if (folder.empty()) return;
  static const bool have_gnuplot = on_path("gnuplot");
  if (!have_gnuplot) {
    static bool warned = false;
    if (!warned) {
      std::cerr << "warning: gnuplot is not installed, figures skipped "
                   "(Debian/Ubuntu: apt-get install gnuplot-nox)\n";
      warned = true;
    }
    return;
  }
  // A gnuplot that dies must not kill this program with SIGPIPE when the
  // next command is written: the write fails instead, and ~Figure says so.
  std::signal(SIGPIPE, SIG_IGN);
  gnuplot_ = std::make_unique<Gnuplot>("gnuplot");
  file_ = folder + "/" + name + ".svg";
  // gnuplot reads commands from a pipe one byte per system call; a file it
  // `load`s, it reads in blocks. Loading its own standard input makes the
  // figures with thousands of points ten times faster to draw.
  *gnuplot_ << "load '/dev/stdin'\n";
  std::cerr << "figure: " << file_ << "\n";
}

// What the figure's code sent is drawn twice: at the page's size, then at
// the phone's (the style file picks the size from `phone`).
void Figure::draw_both_sizes() {
  const std::string phone_file = file_.substr(0, file_.size() - 4) + "-phone.svg";
  *gnuplot_ << "phone = 0\nload " << gnuplot_string(NN_FIGURE_STYLE) << "\n"
            << "set output " << gnuplot_string(file_) << "\n"
            << script_ << "reset\nphone = 1\nload " << gnuplot_string(NN_FIGURE_STYLE) << "\n"
            << "set output " << gnuplot_string(phone_file) << "\n"
            << script_;
}

// Closing the pipe lets gnuplot finish the file. If gnuplot died or could
// not write it, one line says so (and not gnuplot-iostream's own vague
// "pclose returned error", which is silenced).
Figure::~Figure() {
  if (!gnuplot_) return;
  draw_both_sizes();
  const bool sent = static_cast<bool>(*gnuplot_ << std::flush);
  std::streambuf* const cerr = std::cerr.rdbuf(nullptr);
  gnuplot_.reset();
  std::cerr.rdbuf(cerr);
  std::cerr.clear();
  std::error_code error;
  if (!sent || std::filesystem::file_size(file_, error) == 0 || error) {
    std::cerr << "warning: gnuplot did not finish " << file_
              << (sent ? "" : " (it stopped reading: did it crash?)") << "\n";
  }
}

Figure& Figure::operator<<(const std::string& text) {
  script_ += text;
  return *this;
}

Figure& Figure::operator<<(double number) {
  std::ostringstream text;  // as gnuplot-iostream writes numbers
  text.precision(std::numeric_limits<double>::max_digits10);
  text << number;
  script_ += text.str();
  return *this;
}

Figure& Figure::operator<<(int number) {
  script_ += std::to_string(number);
  return *this;
}

void Figure::send(const std::vector<std::pair<double, double>>& points) {
  std::ostringstream block;  // one "x y" line per point, then gnuplot's end mark
  block.precision(std::numeric_limits<double>::max_digits10);
  for (const auto& [x, y] : points) block << x << " " << y << "\n";
  block << "e\n";
  script_ += block.str();
}
