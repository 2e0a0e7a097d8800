// figure.cpp - starts gnuplot with the book's style.
#include "figure.h"

#include <errno.h>  // program_invocation_short_name (glibc)
#include <gnuplot-iostream.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>

#include "plumbing/bad_input.h"

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

// Removes an old copy of `file`, so that a figure gnuplot fails to draw is
// missing, not stale. Throws BadInput if it cannot be replaced.
void remove_old(const std::string& file) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::is_directory(fs::symlink_status(file, error))) {
    throw BadInput("cannot draw figure " + printable(file) + ": a folder has that name");
  }
  if (!fs::remove(file, error) && error && error != std::errc::no_such_file_or_directory) {
    throw BadInput("cannot replace figure " + printable(file) + ": " + error.message());
  }
}

// The first thing gnuplot complained about, from its scratch file: the line
// after its "gnuplot> ..." echo and caret, as in `"/dev/stdin" line 5: invalid command`.
std::string first_complaint(const std::string& messages) {
  std::ifstream in(messages);
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t start = line.find_first_not_of(" \t^");
    if (start == std::string::npos || line.rfind("gnuplot>", 0) == 0) continue;
    return printable(line.substr(start));
  }
  return "it stopped without a message";
}

}  // namespace

std::string gnuplot_string(const std::string& text) {
  if (has_control_character(text)) {
    throw BadInput("a control character in " + printable(text) + " would end gnuplot's command");
  }
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
  file_ = folder + "/" + name + ".svg";
  phone_ = folder + "/" + name + "-phone.svg";
  gnuplot_string(file_);  // throws if the name could end a gnuplot command
  remove_old(file_);
  remove_old(phone_);
  // gnuplot's complaints go to a scratch file: one of them, not a thousand
  // lines of them, is worth showing (~Figure).
  char messages[] = "/tmp/nn-gnuplot-XXXXXX";
  const int descriptor = mkstemp(messages);
  if (descriptor < 0) throw BadInput("cannot make a scratch file in /tmp for gnuplot's messages");
  close(descriptor);
  messages_ = messages;
  // A gnuplot that dies must not kill this program with SIGPIPE when the
  // next command is written: the write fails instead, and ~Figure says so.
  std::signal(SIGPIPE, SIG_IGN);
  gnuplot_ = std::make_unique<Gnuplot>("gnuplot 2> " + messages_);
  // gnuplot reads commands from a pipe one byte per system call; a file it
  // `load`s, it reads in blocks. Loading its own standard input makes the
  // figures with thousands of points ten times faster to draw.
  *gnuplot_ << "load '/dev/stdin'\n";
}

// What the figure's code sent is drawn twice: at the page's size, then at
// the phone's (the style file picks the size from `phone`).
void Figure::draw_both_sizes() {
  *gnuplot_ << "phone = 0\nload " << gnuplot_string(NN_FIGURE_STYLE) << "\n"
            << "set output " << gnuplot_string(file_) << "\n"
            << script_ << "reset\nphone = 1\nload " << gnuplot_string(NN_FIGURE_STYLE) << "\n"
            << "set output " << gnuplot_string(phone_) << "\n"
            << script_;
}

void Figure::keep_script() {
  const std::string kept = file_.substr(0, file_.size() - 4) + ".gnuplot";
  std::ofstream out(kept, std::ios::binary);
  out << script_;
  if (!out.flush()) {
    std::cerr << program_invocation_short_name << ": error: cannot write " << printable(kept)
              << "\n";
    std::exit(1);
  }
}

// Closing the pipe lets gnuplot finish the file. If gnuplot died or could
// not write it, one line says so, with gnuplot's first complaint (and not
// gnuplot-iostream's own vague "pclose returned error", which is silenced),
// and the program ends with exit code 1: a figure is never silently missing.
Figure::~Figure() {
  if (!gnuplot_) return;
  draw_both_sizes();
  const bool sent = static_cast<bool>(*gnuplot_ << std::flush);
  std::streambuf* const cerr = std::cerr.rdbuf(nullptr);
  gnuplot_.reset();
  std::cerr.rdbuf(cerr);
  std::cerr.clear();
  const std::string complaint = first_complaint(messages_);
  std::remove(messages_.c_str());
  std::error_code error;
  if (!sent || std::filesystem::file_size(file_, error) == 0 || error ||
      std::filesystem::file_size(phone_, error) == 0 || error) {
    std::cerr << program_invocation_short_name << ": error: gnuplot did not draw "
              << printable(file_) << ": " << complaint << "\n";
    std::exit(1);
  }
  keep_script();
  std::cerr << "figure: " << printable(file_) << "\n";  // drawn, both sizes
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
