// csv_file.cpp - reading a table of numbers from a comma-separated file.
#include "plumbing/csv_file.h"

#include <algorithm>
#include <boost/tokenizer.hpp>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "plumbing/matrix_file.h"

namespace {

// The fields of one line, split at every comma: "a,,b" has three, the middle one empty.
std::vector<std::string> fields_of(const std::string& line) {
  const boost::char_separator<char> commas(",", "", boost::keep_empty_tokens);
  const boost::tokenizer<boost::char_separator<char>> tokens(line, commas);
  return {tokens.begin(), tokens.end()};
}

}  // namespace

CsvTable read_csv(const std::string& path, const std::string& what) {
  std::string text = whole_file(path, what);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a byte-order mark ("CSV UTF-8")
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // a file saved on Windows
    lines.push_back(line);
  }
  const auto fail = [&](std::size_t line, const std::string& message) {
    throw CsvError(printable(path) + ":" + std::to_string(line + 1) + ": " + message);
  };
  if (lines.empty()) fail(0, "the " + what + " is empty: this line should be the header");
  if (lines.size() == 1) fail(0, "a header line, but no rows after it");

  // Every row as long as the first, checked before the table is made: its
  // size is then bounded by the file's (each field takes at least a byte).
  const std::size_t columns = fields_of(lines[1]).size();
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty()) fail(i, "an empty line where a row should be");
    const std::size_t fields =
        static_cast<std::size_t>(std::count(lines[i].begin(), lines[i].end(), ',')) + 1;
    if (fields != columns) {
      fail(i, std::to_string(fields) + " fields, but line 2 has " + std::to_string(columns));
    }
  }
  CsvTable table{fields_of(lines[0]), Matrix()};
  table.rows = Matrix(static_cast<int>(lines.size() - 1), static_cast<int>(columns));
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::vector<std::string> fields = fields_of(lines[i]);
    for (std::size_t c = 0; c < columns; ++c) {
      const std::string where = "column " + std::to_string(c + 1) + ": ";
      if (!plain_number(fields[c]))
        fail(i, where + "'" + printable(fields[c]) + "' is not a number");
      const double value = std::strtod(fields[c].c_str(), nullptr);
      if (!std::isfinite(value))
        fail(i, where + printable(fields[c]) + " is too large for a double");
      table.rows(static_cast<int>(i - 1), static_cast<int>(c)) = value;
    }
  }
  return table;
}
