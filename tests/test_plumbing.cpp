// common/plumbing/ on inputs made by hand: which numbers a file may hold, CSV
// edge cases (Windows line ends, an extra field), and numbers as short text.
#include <fstream>
#include <string>

#include "catch.h"
#include "plumbing/csv_file.h"
#include "plumbing/matrix_file.h"
#include "plumbing/number_text.h"
#include "scratch_file.h"

namespace {

std::string written(const std::string& name, const std::string& text) {
  const std::string path = scratch_file(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("readers/numbers_the_files_accept") {
  for (const char* number : {"0", "-1", "0.5", "12.25", "1e5", "2.5e-3", "-7e+2"}) {
    INFO(number);
    CHECK(plain_number(number));
  }
  for (const char* word : {"", "1e", "2.5e-", "1e+", ".5", "5.", "+1", "0x10", "1.2.3", "nan",
                           "1E5", "inf", "1,5", " 1", "1 "}) {
    INFO("'" << word << "'");
    CHECK_FALSE(plain_number(word));
  }
}

TEST_CASE("readers/csv_with_windows_line_ends") {
  const CsvTable table = read_csv(written("crlf.csv", "2,1,a,b\r\n1.5,0\r\n-2,1\r\n"), "data file");
  CHECK(table.header == std::vector<std::string>{"2", "1", "a", "b"});
  REQUIRE(table.rows.rows() == 2);
  CHECK(table.rows(0, 0) == 1.5);
  CHECK(table.rows(1, 0) == -2.0);
  CHECK(table.rows(1, 1) == 1.0);
}

TEST_CASE("readers/csv_with_an_extra_field") {
  const std::string path = written("extra.csv", "2,1,a,b\n1.5,0\n-2,1,7\n");
  std::string message;
  try {
    read_csv(path, "data file");
  } catch (const CsvError& error) {
    message = error.what();
  }
  CHECK(message.find("extra.csv:3: 3 fields, but line 2 has 2") != std::string::npos);
}

// The short forms a program prints in titles, messages and table columns,
// worked out by hand.
TEST_CASE("plumbing/number_text_and_fixed_text") {
  CHECK(number_text(0.15) == "0.15");  // not 0.14999999999999999
  CHECK(number_text(1e308) == "1e+308");
  CHECK(number_text(4294967295.0) == "4.29497e+09");
  CHECK(number_text(0.123456789, 4) == "0.1235");
  CHECK(number_text(1e-6, 4) == "1e-06");
  CHECK(fixed_text(67.0, 0) == "67");
  CHECK(fixed_text(2.71828, 2) == "2.72");
  CHECK(fixed_text(-0.25, 1) == "-0.2");  // a tie rounds to even, as printf does
}
