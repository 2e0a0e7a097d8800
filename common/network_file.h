// network_file.h - keeping a trained network: chapter 5 saves it, chapter 6 reads it.
//
// The file is plain text you can read and edit, in the book's matrix format
// (matrix_file.h): a comment saying how the network was trained, then W1,
// b1, W2 and b2, each as its name and shape followed by its rows.
#pragma once

#include <string>

#include "02_stacking_layers/network.h"
#include "matrix_file.h"
#include "settings.h"

// Writes `net` to `path` atomically: into a temporary file first, renamed
// over `path` only when complete, so an interrupted run never leaves half a
// file. The first line, a comment, says how it was trained (`settings`).
void save_network(const std::string& path, const Network& net, const Settings& settings);

// Reads a file written by save_network for a network with `inputs` inputs
// and `outputs` outputs. Checks every shape, W1 (I,H), b1 (1,H), W2 (H,O),
// b2 (1,O), and that nothing follows b2; throws MatrixFileError naming the
// line: "trained.txt:5: b1 should be (1,4) to match W1 (2,4), got (1,3)".
Network load_network(const std::string& path, int inputs, int outputs);
