// network_file.cpp - saving and loading a trained network as text.
#include "network_file.h"

#include <stdlib.h>    // mkstemp (POSIX)
#include <sys/stat.h>  // umask, fchmod
#include <unistd.h>    // close

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "number_text.h"

// A new, empty file beside `path`, with a name no other run is using
// (path.partial-XXXXXX; mkstemp fills in the X's). Two runs saving to the
// same path at once each write their own, whole, file.
// It gets the permissions any new file of the user's gets (mkstemp's own
// are owner-only).
namespace {

std::string new_temporary_beside(const std::string& path) {
  std::string name = path + ".partial-XXXXXX";
  const int descriptor = mkstemp(name.data());
  if (descriptor == -1) {
    throw MatrixFileError("cannot write weights file next to " + path + ": " +
                          std::strerror(errno));
  }
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(descriptor, 0666 & ~mask);
  close(descriptor);
  return name;
}

}  // namespace

void save_network(const std::string& path, const Network& net, const Settings& settings) {
  const std::string temporary = new_temporary_beside(path);
  {
    std::ofstream out(temporary);
    out << "# A " << net.W1.rows() << "-" << net.W1.cols() << "-" << net.W2.cols()
        << " network trained by chapter_5 (seed " << settings.seed << ", learning rate "
        << number_text(settings.learning_rate) << ", " << settings.epochs << " epochs)\n";
    write_matrix(out, "W1", net.W1);
    write_matrix(out, "b1", net.b1);
    write_matrix(out, "W2", net.W2);
    write_matrix(out, "b2", net.b2);
    out.close();
    if (!out) {
      std::filesystem::remove(temporary);
      throw MatrixFileError("could not finish writing " + temporary);
    }
  }
  // The whole new file takes the old one's place in one step (POSIX rename):
  // a reader sees the old network or the new one, never half of either.
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary);
    throw MatrixFileError("cannot replace " + path + ": " + error.message());
  }
}

Network load_network(const std::string& path, int inputs, int outputs) {
  MatrixFileReader file(path, "weights file");
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
  file.expect_end();
  return net;
}
