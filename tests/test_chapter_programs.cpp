// The chapter programs themselves: what a reader sees must be NumPy's numbers.
//
// Runs build/bin/chapter_5 and chapter_6 and looks in their output for the
// lines the committed NumPy reference predicts, formatted as the chapters
// format them (loss and probability rounded like the article).
#include <cstdio>
#include <string>

#include "catch.h"
#include "reference_file.h"

namespace {

// Everything a program prints on stdout. popen is POSIX (Linux, macOS).
std::string output_of(const std::string& program) {
  std::string text;
  FILE* pipe = popen(program.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) text.append(buffer, got);
  REQUIRE(pclose(pipe) == 0);  // the program exited with status 0
  return text;
}

std::string printf_string(const char* format, double a, double b = 0.0) {
  char line[128];
  std::snprintf(line, sizeof line, format, a, b);
  return line;
}

}  // namespace

TEST_CASE("programs/chapter5_prints_numpy_losses") {
  const ReferenceFile numpy(NN_COMMITTED_REFERENCE);
  const std::string output = output_of(NN_CHAPTER_5 " --no-figures");
  const Matrix& losses = numpy["losses"];
  for (int r = 0; r < losses.rows(); ++r) {
    // chapter_5 prints "epoch  400   loss 0.0202"
    const std::string line = "epoch " + printf_string("%4.0f", losses(r, 0)) + "   loss " +
                             printf_string("%.4f", losses(r, 1));
    INFO("looking for '" << line << "' in chapter_5's output:\n" << output);
    CHECK(output.find(line + "\n") != std::string::npos);
  }
}

TEST_CASE("programs/chapter6_prints_numpy_probability") {
  const ReferenceFile numpy(NN_COMMITTED_REFERENCE);
  const std::string output = output_of(NN_CHAPTER_6 " --no-figures");
  const std::string line =
      "P(male) = " + printf_string("%.3f", numpy["new_person_probability"](0, 0));
  INFO("looking for '" << line << "' in chapter_6's output:\n" << output);
  CHECK(output.find(line) != std::string::npos);
}
