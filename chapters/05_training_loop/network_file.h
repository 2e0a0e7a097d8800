// network_file.h - keeping a trained network: chapter 5 saves it, chapter 6 reads it.
//
// The file is plain text you can read, in the book's matrix format
// (matrix_file.h): a comment saying how the network was trained, then W1,
// b1, W2 and b2, each as its name and shape followed by its rows, then the
// input scaling it was trained with (x_shift and x_divide), and last a
// comment holding the CRC-32 of everything above it ("# crc32 1c291ca3"),
// so that a damaged or half-written file is never taken for a network.
// Tests: tests/test_chapter5_network_file.cpp.
#pragma once

#include <string>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "plumbing/matrix_file.h"
#include "settings.h"

// Throws MatrixFileError unless save_network could write `path`: its folder
// exists and is writable, and `path` is absent or a regular file. Chapter 5
// asks before training, not after.
void check_can_save_to(const std::string& path);

// Writes `net` to `path` so that whoever reads `path` finds the old network
// or the new one, whole, never a mixture: into a temporary file of its own
// beside `path` (two runs saving at once do not share it), flushed to the
// disk, then renamed over `path`. Refuses a network that is not finite. The
// first line, a comment, says how it was trained (`settings`).
// A trained network and the input scaling it was trained with: a new person
// must be scaled with the same numbers.
struct SavedNetwork {
  Network net;
  InputScaling scaling;
};

void save_network(const std::string& path, const Network& net, const InputScaling& scaling,
                  const Settings& settings);

// The last line of a network file: "# crc32 " and the CRC-32 of `content`
// (everything above that line) in 8 hexadecimal digits.
std::string checksum_line(const std::string& content);

// Reads a file written by save_network for a network with `inputs` inputs
// and `outputs` outputs. Checks every shape, W1 (I,H), b1 (1,H), W2 (H,O),
// b2 (1,O), x_shift and x_divide (1,I) (every divide above 0), that nothing
// follows them, and the checksum; throws
// MatrixFileError naming the line:
// "trained.txt:5: b1 should be (1,4) to match W1 (2,4), got (1,3)".
SavedNetwork load_network(const std::string& path, int inputs, int outputs);
