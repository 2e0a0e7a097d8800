// exercise_check.h - how the exercise tests talk to a student.
//
// Every exercise test starts with
//     const Exercise exercise = about(7, {"nudge", "formula", "shapes"});
//     INFO(exercise.explanation());
// so that any failure in it says which exercise failed, where the book
// explains it, and as many hints as the student asked for (NN_HINT=1, 2 or
// 3; 1 by default). Hints never contain the code itself.
//
// The comparisons themselves are check_close() (check_close.h): on failure
// it prints the shape first, then both matrices and the worst entry.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "catch.h"
#include "check_close.h"
#include "matrix.h"

struct Exercise {
  int number = 0;
  std::string name;                // e.g. "output_delta"
  std::string page;                // the book page, e.g. "chapter4"
  std::string section;             // the section on that page, e.g. "Step 1"
  std::vector<std::string> hints;  // 1: a nudge, 2: the formula, 3: the shapes

  // The page as a student can open it, relative to the source folder (where
  // the presets run): the built page if `cmake --workflow --preset book` made
  // it, and always the Markdown it is made from.
  std::string where_the_page_is() const {
    namespace fs = std::filesystem;
    const fs::path source(NN_SOURCE_DIR);
    std::string markdown = "docs/pages/" + page + "_*.md";
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(source / "docs/pages", error)) {
      const std::string file = entry.path().filename().string();
      if (file.rfind(page + "_", 0) == 0 && entry.path().extension() == ".md") {
        markdown = "docs/pages/" + file;
      }
    }
    const std::string built = "build/docs/html/" + page + ".html";
    if (fs::exists(source / built, error)) return built + " (its source: " + markdown + ")";
    return markdown + " (the built page " + built +
           " appears after `cmake --workflow --preset book`)";
  }

  std::string explanation() const {
    int level = 1;  // NN_HINT: 1, 2 or 3 (report.py refuses anything else)
    const char* asked = std::getenv("NN_HINT");
    if (asked != nullptr && (asked == std::string("2") || asked == std::string("3"))) {
      level = asked[0] - '0';
    }
    std::ostringstream text;
    text << "Exercise " << number << ", " << name << ": read section \"" << section << "\" of "
         << where_the_page_is() << ".\n";
    for (int h = 0; h < static_cast<int>(hints.size()) && h < level; ++h) {
      text << "Hint " << h + 1 << "/" << hints.size() << ": " << hints[h] << "\n";
    }
    // The last line always starts with "(": report.py shows this block once.
    if (level < static_cast<int>(hints.size())) {
      text << "(More help: NN_HINT=" << level + 1 << " cmake --workflow --preset exercises)\n";
    } else {
      text << "(That is every hint.)\n";
    }
    return text.str();
  }
};

// Reads exercise `number` from tests/exercises/exercises.txt, the one list
// of exercises that CMake, the report and these tests share.
inline Exercise about(int number, std::vector<std::string> hints) {
  std::ifstream list(NN_EXERCISE_LIST);
  std::string line;
  while (std::getline(list, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Exercise exercise;
    std::string file, region;
    fields >> exercise.number >> exercise.name >> file >> region >> exercise.page >>
        exercise.section;
    if (exercise.number != number) continue;
    for (char& c : exercise.section) c = (c == '_') ? ' ' : c;
    exercise.hints = std::move(hints);
    return exercise;
  }
  throw std::runtime_error("exercise " + std::to_string(number) + " is not in " + NN_EXERCISE_LIST);
}
