// common/plumbing/ on inputs made by hand: which numbers a file may hold, CSV
// edge cases (Windows line ends, an extra field), numbers as short text, and
// IDX files, good and broken.
#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filtering_stream.hpp>
#include <cstdint>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "catch.h"
#include "plumbing/bad_input.h"
#include "plumbing/csv_file.h"
#include "plumbing/idx_file.h"
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

// ---- IDX files (idx_file.h), made here and gzip-compressed like the real ones ----

namespace {

// A big-endian IDX header: magic, then the sizes.
std::string idx_header(std::uint32_t magic, std::initializer_list<std::uint32_t> sizes) {
  std::vector<std::uint32_t> words{magic};
  words.insert(words.end(), sizes);
  std::string bytes;
  for (const std::uint32_t word : words) {
    for (int shift = 24; shift >= 0; shift -= 8) bytes += static_cast<char>(word >> shift);
  }
  return bytes;
}

std::string gzipped(const std::string& name, const std::string& content) {
  const std::string path = scratch_file(name);
  std::ofstream file(path, std::ios::binary);
  boost::iostreams::filtering_ostream out;
  out.push(boost::iostreams::gzip_compressor());
  out.push(file);
  out << content;
  return path;
}

std::string twelve_pixels() {
  return std::string("\x00\x01\x02\x7f\x80\xff\x10\x20\x30\x40\x50\x60", 12);
}

}  // namespace

TEST_CASE("readers/idx_files_as_published") {
  const IdxImages images =
      read_idx_images(gzipped("images.gz", idx_header(0x803, {2, 2, 3}) + twelve_pixels()));
  CHECK(images.count == 2);
  CHECK(images.rows == 2);
  CHECK(images.cols == 3);
  REQUIRE(images.pixels.size() == 12);
  CHECK(images.pixels[3] == 127);
  CHECK(images.pixels[5] == 255);
  CHECK(images.pixels[11] == 0x60);
  const std::vector<std::uint8_t> labels = read_idx_labels(
      gzipped("labels.gz", idx_header(0x801, {3}) + std::string("\x09\x00\x05", 3)));
  CHECK(labels == std::vector<std::uint8_t>{9, 0, 5});
}

TEST_CASE("readers/idx_problems_name_the_file_and_byte") {
  const std::string pixels = twelve_pixels();
  const auto problem = [](const std::function<void()>& read) {
    try {
      read();
    } catch (const BadInput& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  const auto contains = [](const std::string& text, const std::string& part) {
    INFO(text);
    CHECK(text.find(part) != std::string::npos);
  };
  const std::string labels = gzipped("l.gz", idx_header(0x801, {1}) + std::string(1, '\x01'));
  contains(problem([&] { read_idx_images(labels); }),
           "l.gz: byte 0: the magic number is 0x00000801, not 0x00000803");
  const std::string short_file = gzipped("short.gz", idx_header(0x803, {3, 2, 3}) + pixels);
  contains(problem([&] { read_idx_images(short_file); }),
           "short.gz: byte 28: the data ends where the pixels should be (is the file truncated?)");
  const std::string long_file = gzipped("long.gz", idx_header(0x803, {2, 2, 3}) + pixels + "x");
  contains(problem([&] { read_idx_images(long_file); }),
           "long.gz: byte 28: more data follows what the header promises");
  const std::string no_rows = gzipped("rows.gz", idx_header(0x803, {2, 0, 3}));
  contains(problem([&] { read_idx_images(no_rows); }),
           "rows.gz: byte 8: the number of rows is 0, not a whole number from 1 to 100000000");
  // 60000 pictures of 10000 x 10000 from a file of a few dozen bytes: refused
  // before a byte is allocated.
  const std::string huge = gzipped("huge.gz", idx_header(0x803, {60000, 10000, 10000}));
  contains(problem([&] { read_idx_images(huge); }), "huge.gz: byte 16: the header promises");
  const std::string plain = scratch_file("plain.idx");
  std::ofstream(plain, std::ios::binary) << idx_header(0x801, {1}) << '\x01';
  contains(problem([&] { read_idx_labels(plain); }), "plain.idx: byte 0: the gzip data is damaged");
  contains(problem([&] { read_idx_labels(scratch_file("no_such.gz")); }), "cannot open");
}

TEST_CASE("readers/idx_damaged_gzip_is_refused") {
  // Enough pixels that the middle of the file is compressed data, not header.
  std::string pixels;
  for (int i = 0; i < 4000; ++i) pixels += static_cast<char>((i * 7919) % 251);
  const std::string path = gzipped("damaged.gz", idx_header(0x803, {10, 20, 20}) + pixels);
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x55);
  std::ofstream(path, std::ios::binary) << bytes;
  REQUIRE_THROWS_AS(read_idx_images(path), BadInput);
  try {
    read_idx_images(path);
  } catch (const BadInput& error) {
    CHECK(std::string(error.what()).find("damaged.gz: byte ") != std::string::npos);
  }
}
