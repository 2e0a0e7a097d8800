// bad_input.h - an error in what the user gave a program, not in the program.
//
// A broken weights file, say. report_error() (command_line.h) prints its
// message as one line and exits with code 2, as for a bad option.
// Tests: tests/check_cli.py (every message of a bad input).
#pragma once

#include <cstdio>
#include <stdexcept>
#include <string>

class BadInput : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What a program printed did not reach its output (a full disk, a closed
// stdout): report_error() says so in one line, exit code 1.
class OutputLost : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A byte that moves a terminal rather than showing a character: a newline,
// an escape, ... In a path, it would split a message or end a gnuplot command.
inline bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

inline bool has_control_character(const std::string& text) {
  for (const char c : text) {
    if (is_control(c)) return true;
  }
  return false;
}

// `text` as it can safely be shown on one line of a terminal: control
// characters as \xNN, and at most 120 characters (then "...").
inline std::string printable(const std::string& text) {
  std::string shown;
  for (const char c : text) {
    if (is_control(c)) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned char>(c));
      shown += escaped;
    } else {
      shown += c;
    }
  }
  return shown.size() > 120 ? shown.substr(0, 117) + "..." : shown;
}
