// bad_input.h - an error in what the user gave a program, not in the program.
//
// A broken weights file, say. report_error() (chapter_run.h) prints its
// message as one line and exits with code 2, as for a bad option.
#pragma once

#include <stdexcept>

class BadInput : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
