// network_file.h - keeping a trained network: chapter 5 saves it, chapter 6 reads it.
//
// The file is plain text that you can read and edit:
//
//   # A 2-4-1 network trained by chapter_5 (seed 42, learning rate 0.15, 4000 epochs)
//   W1 2 4
//   0.12 -0.5 ...            one line per row, every digit a double needs
//   b1 1 4
//   ...
//
// Lines starting with '#' are comments. Each matrix is its name and shape,
// then its rows.
#pragma once

#include <stdexcept>
#include <string>

#include "02_stacking_layers/network.h"
#include "bad_input.h"
#include "settings.h"

// A weights file that cannot be used. The message names the file and, where
// there is one, the line: "trained.txt:7: b1 should be (1,4) to match W1 (2,4), got (1,3)".
class NetworkFileError : public BadInput {
 public:
  using BadInput::BadInput;
};

// Writes `net` to `path` atomically: into a temporary file first, renamed
// over `path` only when complete, so an interrupted run never leaves half a
// file. The first line, a comment, says how it was trained (`settings`).
void save_network(const std::string& path, const Network& net, const Settings& settings);

// Reads a file written by save_network for a network with `inputs` inputs
// and `outputs` outputs. Checks every shape: W1 (I,H), b1 (1,H), W2 (H,O), b2 (1,O).
Network load_network(const std::string& path, int inputs, int outputs);
