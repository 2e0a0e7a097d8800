// program_output.h - running a chapter program from a test and reading what
// it prints (tests/test_chapter5.cpp, test_chapter6.cpp, test_chapter7.cpp).
#pragma once

#include <cstdio>
#include <string>

#include "catch.h"
#include "settings.h"

// Everything a program prints on stdout. popen is POSIX (Linux, macOS).
inline std::string output_of(const std::string& command) {
  std::string text;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) text.append(buffer, got);
  INFO("command: " << command);
  REQUIRE(pclose(pipe) == 0);  // the program exited with status 0
  return text;
}

inline std::string printf_string(const char* format, double value) {
  char text[128];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

// The command-line options that reproduce `settings` exactly.
inline std::string options_for(const Settings& s) {
  return " --seed " + std::to_string(s.seed) + " --lr " + printf_string("%.17g", s.learning_rate) +
         " --epochs " + std::to_string(s.epochs) + " --hidden " + std::to_string(s.hidden) +
         " --print-every " + std::to_string(s.print_every) + " --init-scale " +
         printf_string("%.17g", s.init_scale) + " --scaling " + scaling_name(s.scaling);
}
