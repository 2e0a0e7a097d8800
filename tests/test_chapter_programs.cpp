// The chapter programs themselves: what a reader sees must be NumPy's numbers.
//
// Runs build/bin/chapter_5 with the settings of the NumPy reference (the
// committed one, or $NUMPY_REFERENCE: see reference_file.h) and looks in its
// output for the losses the reference predicts, formatted as the chapter
// formats them. Then runs chapter_6 on the network chapter_5 saved.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <iomanip>
#include <sstream>
#include <string>

#include "catch.h"
#include "settings.h"
#include "reference_file.h"
#include "scratch_file.h"

namespace {

// Everything a program prints on stdout. popen is POSIX (Linux, macOS).
std::string output_of(const std::string& command) {
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

std::string printf_string(const char* format, double value) {
  char text[128];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

// The command-line options that reproduce `settings` exactly.
std::string options_for(const Settings& s) {
  return " --seed " + std::to_string(s.seed) + " --lr " + printf_string("%.17g", s.learning_rate) +
         " --epochs " + std::to_string(s.epochs) + " --hidden " + std::to_string(s.hidden) +
         " --print-every " + std::to_string(s.print_every) + " --init-scale " +
         printf_string("%.17g", s.init_scale) + " --scaling " + scaling_name(s.scaling);
}

}  // namespace

TEST_CASE("programs/chapter5_prints_numpy_losses") {
  const ReferenceFile& numpy = numpy_reference();
  const std::string weights = scratch_file("chapter5-weights.txt");
  const std::string output = output_of(std::string(NN_CHAPTER_5) + " --no-figures" +
                                       options_for(numpy.settings()) + " --weights " + weights);
  std::filesystem::remove(weights);
  const Matrix& losses = numpy["losses"];
  for (int r = 0; r < losses.rows(); ++r) {
    // chapter_5 prints "epoch  400   loss 0.0202"
    const std::string line = "epoch " + printf_string("%4.0f", losses(r, 0)) + "   loss " +
                             printf_string("%.4f", losses(r, 1));
    INFO("looking for '" << line << "' in chapter_5's output:\n" << output);
    CHECK(output.find(line + "\n") != std::string::npos);
  }
  // After training: the loss and the predictions of the trained network (a
  // fresh forward pass), not the last ones logged before the last update.
  const std::string final_loss = "after all " + std::to_string(numpy.settings().epochs) +
                                 " epochs: loss " +
                                 printf_string("%.4f", numpy["loss_final"](0, 0)) + "\n";
  INFO("looking for '" << final_loss << "' in chapter_5's output:\n" << output);
  CHECK(output.find(final_loss) != std::string::npos);
  const Matrix& predictions = numpy["predictions_final"];
  for (int person = 0; person < predictions.rows(); ++person) {
    // the table's last column: "     1   73 in   190 lb       1      0.9834"
    const std::string column = printf_string("%12.4f", predictions(person, 0)) + "\n";
    INFO("looking for person " << person + 1 << "'s prediction '" << column << "'");
    CHECK(output.find(column) != std::string::npos);
  }
}

TEST_CASE("programs/chapter6_prints_numpy_probability") {
  const ReferenceFile& numpy = numpy_reference();
  const std::string weights = scratch_file("chapter6-weights.txt");
  output_of(std::string(NN_CHAPTER_5) + " --no-figures" + options_for(numpy.settings()) +
            " --weights " + weights);
  const std::string output =
      output_of(std::string(NN_CHAPTER_6) + " --no-figures --weights " + weights);
  std::filesystem::remove(weights);
  const std::string line =
      "P(male) = " + printf_string("%.3f", numpy["new_person_probability"](0, 0));
  INFO("looking for '" << line << "' in chapter_6's output:\n" << output);
  CHECK(output.find(line) != std::string::npos);
}

TEST_CASE("programs/chapter7_prints_numpy_numbers") {
  // chapter_7 run with the settings of chapter 7's NumPy reference prints
  // NumPy's gradient norms (3 digits) and losses (4 decimals).
  const ReferenceFile& numpy = numpy_deep_reference();
  const Settings s = numpy.settings();
  const Matrix& deep = numpy["deep"];  // depth, width, activation, init, data
  const char* activations[] = {"sigmoid", "tanh", "relu"};
  const char* inits[] = {"article", "lecun", "xavier", "he"};
  const char* data[] = {"spirals", "people"};
  const std::string output = output_of(
      std::string(NN_CHAPTER_7) + " --no-figures --depth " + std::to_string(int(deep(0, 0))) +
      " --width " + std::to_string(int(deep(0, 1))) + " --activation " +
      activations[int(deep(0, 2))] + " --init " + inits[int(deep(0, 3))] + " --data " +
      data[int(deep(0, 4))] + " --seed " + std::to_string(s.seed) + " --lr " +
      printf_string("%.17g", s.learning_rate) + " --epochs " + std::to_string(s.epochs) +
      " --print-every " + std::to_string(s.print_every) + " --init-scale " +
      printf_string("%.17g", s.init_scale));
  const Matrix& norms = numpy["norms_by_activation"];  // (3, L+1)
  for (int l = 0; l < norms.cols(); ++l) {
    std::ostringstream row;  // "           1     2.10e-07     1.77e-02     5.18e-04"
    row << std::setw(12) << l + 1;
    for (int k = 0; k < 3; ++k) row << std::setw(13) << printf_string("%.2e", norms(k, l));
    INFO("looking for layer " << l + 1 << "'s row '" << row.str() << "' in:\n" << output);
    CHECK(output.find(row.str() + "\n") != std::string::npos);
  }
  const Matrix& losses = numpy["losses"];
  for (int r = 0; r < losses.rows(); ++r) {
    const std::string line = "  epoch " + printf_string("%5.0f", losses(r, 0)) + "  loss " +
                             printf_string("%.4f", losses(r, 1)) + "\n";
    INFO("looking for '" << line << "' in:\n" << output);
    CHECK(output.find(line) != std::string::npos);
  }
  const std::string final_line = "After " + std::to_string(s.epochs) + " epochs: loss " +
                                 printf_string("%.4f", numpy["loss_final"](0, 0)) + ", accuracy " +
                                 printf_string("%.1f", 100 * numpy["accuracy_final"](0, 0)) + "%";
  INFO("looking for '" << final_line << "' in:\n" << output);
  CHECK(output.find(final_line) != std::string::npos);
}
