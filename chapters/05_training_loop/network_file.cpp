// network_file.cpp - saving and loading a trained network as text.
#include "05_training_loop/network_file.h"

#include <fcntl.h>     // open (POSIX)
#include <signal.h>    // pthread_sigmask
#include <stdlib.h>    // mkstemp
#include <sys/stat.h>  // umask, fchmod
#include <unistd.h>    // write, fsync, close, access

#include <boost/crc.hpp>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <utility>

#include "plumbing/number_text.h"

namespace fs = std::filesystem;

namespace {

// "W1 holds inf" for the first matrix of `net` that is not finite, or "".
std::string first_non_finite(const Network& net) {
  const std::pair<const char*, const Matrix*> parts[] = {
      {"W1", &net.W1}, {"b1", &net.b1}, {"W2", &net.W2}, {"b2", &net.b2}};
  for (const auto& [name, m] : parts) {
    for (const double v : m->values()) {
      if (!std::isfinite(v)) return std::string(name) + " holds " + std::to_string(v);
    }
  }
  return "";
}

// `text` written to `descriptor` and flushed to the disk (fsync), or false.
bool write_durably(int descriptor, const std::string& text) {
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = write(descriptor, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<std::size_t>(n);
  }
  return fsync(descriptor) == 0;
}

// Throws unless the last line of `text` (the file at `path`) is the checksum
// of everything above it. The reader has already named what damage it can
// (a truncated row, a wrong shape); this finds the rest (a digit changed or
// cut off, a line lost or repeated).
void verify_checksum(const std::string& path, const std::string& text) {
  const std::size_t last_line = text.rfind('\n', text.size() < 2 ? 0 : text.size() - 2);
  const std::size_t start = last_line == std::string::npos ? 0 : last_line + 1;
  const std::string stated = text.substr(start);
  const std::string expected = checksum_line(text.substr(0, start));
  if (stated.rfind("# crc32 ", 0) != 0) {
    throw MatrixFileError(printable(path) +
                          ": the last line should be the checksum ('# crc32 ...'): the "
                          "file is incomplete, or was not written by chapter_5");
  }
  if (stated != expected) {
    throw MatrixFileError(printable(path) +
                          ": the checksum does not match: the file was damaged or edited "
                          "after chapter_5 wrote it (to use an edited file on purpose, make its "
                          "last line '" +
                          expected.substr(0, 16) + "')");
  }
}

// The folder `path` is in ("." for a bare file name).
fs::path folder_of(const std::string& path) {
  const fs::path folder = fs::path(path).parent_path();
  return folder.empty() ? fs::path(".") : folder;
}

}  // namespace

void check_can_save_to(const std::string& path) {
  const fs::path folder = folder_of(path);
  std::error_code error;
  const std::string cannot = "cannot save the network to " + printable(path) + ": ";
  if (!fs::is_directory(folder, error)) {
    throw MatrixFileError(cannot + "the folder " + folder.string() + " does not exist");
  }
  if (access(folder.c_str(), W_OK) != 0) {
    throw MatrixFileError(cannot + "the folder " + folder.string() + " is not writable");
  }
  const fs::file_status status = fs::status(path, error);
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    throw MatrixFileError(cannot + "it exists and is not a regular file");
  }
}

std::string checksum_line(const std::string& content) {
  boost::crc_32_type crc;
  crc.process_bytes(content.data(), content.size());
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(crc.checksum()));
  return std::string("# crc32 ") + hex + "\n";
}

namespace {

// Blocks SIGINT, SIGTERM and SIGHUP for its lifetime; one that arrived
// meanwhile is delivered when it ends.
class StopSignalsHeld {
 public:
  StopSignalsHeld() {
    sigset_t stop;
    sigemptyset(&stop);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&stop, signal);
    pthread_sigmask(SIG_BLOCK, &stop, &before_);
  }
  ~StopSignalsHeld() { pthread_sigmask(SIG_SETMASK, &before_, nullptr); }
  StopSignalsHeld(const StopSignalsHeld&) = delete;
  StopSignalsHeld& operator=(const StopSignalsHeld&) = delete;

 private:
  sigset_t before_;
};

// The file's text: a line saying what trained the network, its four
// matrices, the input scaling's two rows, and the checksum of all that.
std::string network_text(const Network& net, const InputScaling& scaling,
                         const Settings& settings) {
  std::ostringstream content;
  content << "# A " << net.W1.rows() << "-" << net.W1.cols() << "-" << net.W2.cols()
          << " network trained by chapter_5 (seed " << settings.seed << ", learning rate "
          << number_text(settings.learning_rate) << ", " << settings.epochs << " epochs, scaling "
          << scaling_name(settings.scaling) << ")\n";
  write_matrix(content, "W1", net.W1);
  write_matrix(content, "b1", net.b1);
  write_matrix(content, "W2", net.W2);
  write_matrix(content, "b2", net.b2);
  write_matrix(content, "x_shift", scaling.shift);
  write_matrix(content, "x_divide", scaling.divide);
  return content.str() + checksum_line(content.str());
}

// `text` becomes the file `path` in one step. It goes first into a temporary
// file of this run's own beside `path` (mkstemp fills in the X's), with the
// permissions any new file of the user's gets. While it exists, Ctrl-C
// (SIGINT), SIGTERM and SIGHUP wait: they end the program after the rename or
// the clean-up, never leaving the temporary behind.
void replace_file(const std::string& path, const std::string& text) {
  const StopSignalsHeld held;
  std::string temporary = path + ".partial-XXXXXX";
  const int descriptor = mkstemp(temporary.data());
  if (descriptor == -1) {
    throw MatrixFileError("cannot write weights file next to " + printable(path) + ": " +
                          std::strerror(errno));
  }
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(descriptor, 0666 & ~mask);
  const bool written = write_durably(descriptor, text);
  const int write_errno = errno;
  if (close(descriptor) != 0 || !written) {
    fs::remove(temporary);
    throw MatrixFileError("could not write " + printable(path) + ": " + std::strerror(write_errno));
  }
  // The whole new file takes the old one's place in one step (POSIX rename):
  // a reader sees the old network or the new one, never half of either.
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) {
    fs::remove(temporary);
    throw MatrixFileError("cannot replace " + printable(path) + ": " + error.message());
  }
  // And the rename itself reaches the disk: the folder is flushed too.
  const int folder = open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY);
  if (folder != -1) {
    fsync(folder);
    close(folder);
  }
}

// W1, b1, W2 and b2 from `file`, in this order, each checked against the
// shapes before it: the first that does not fit is named with its line.
Network read_layers(MatrixFileReader& file, int inputs, int outputs) {
  Network net;
  net.W1 = file.read("W1");
  if (net.W1.rows() != inputs) {
    file.fail_at_header("W1 should have " + std::to_string(inputs) + " rows, one per input, got " +
                        net.W1.shape());
  }
  net.b1 = file.read("b1");
  if (net.b1.rows() != 1 || net.b1.cols() != net.W1.cols()) {
    file.fail_at_header("b1 should be (1," + std::to_string(net.W1.cols()) + ") to match W1 " +
                        net.W1.shape() + ", got " + net.b1.shape());
  }
  net.W2 = file.read("W2");
  if (net.W2.rows() != net.W1.cols()) {
    file.fail_at_header("W2 should have " + std::to_string(net.W1.cols()) + " rows to match W1 " +
                        net.W1.shape() + ", got " + net.W2.shape());
  }
  if (net.W2.cols() != outputs) {
    file.fail_at_header("W2 should have " + std::to_string(outputs) +
                        " column(s), one per output, got " + net.W2.shape());
  }
  net.b2 = file.read("b2");
  if (net.b2.rows() != 1 || net.b2.cols() != net.W2.cols()) {
    file.fail_at_header("b2 should be (1," + std::to_string(net.W2.cols()) + ") to match W2 " +
                        net.W2.shape() + ", got " + net.b2.shape());
  }
  return net;
}

// The next matrix of `file`, which must be called `name` and be (1,inputs).
Matrix read_row(MatrixFileReader& file, const std::string& name, int inputs) {
  Matrix row = file.read(name);
  if (row.rows() != 1 || row.cols() != inputs) {
    file.fail_at_header(name + " should be (1," + std::to_string(inputs) +
                        "), one number per input, got " + row.shape());
  }
  return row;
}

}  // namespace

void save_network(const std::string& path, const Network& net, const InputScaling& scaling,
                  const Settings& settings) {
  const std::string bad = first_non_finite(net);
  if (!bad.empty()) {
    throw MatrixFileError("refusing to save a network that is not finite (" + bad + ") to " +
                          printable(path) + ": the training went wrong");
  }
  check_can_save_to(path);
  replace_file(path, network_text(net, scaling, settings));
}

SavedNetwork load_network(const std::string& path, int inputs, int outputs) {
  MatrixFileReader file(path, "weights file");
  const Network net = read_layers(file, inputs, outputs);
  // The input scaling, in this order: (1,I) each, every divisor above 0.
  const Matrix shift = read_row(file, "x_shift", inputs);
  const Matrix divide = read_row(file, "x_divide", inputs);
  for (const double d : divide.values()) {
    if (!(d > 0)) file.fail_at_header("x_divide holds " + number_text(d) + ", not above 0");
  }
  file.expect_end();
  verify_checksum(path, file.text());
  return SavedNetwork{net, {shift, divide}};
}
