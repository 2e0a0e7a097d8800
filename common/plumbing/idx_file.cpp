// idx_file.cpp - reading gzip-compressed IDX files (idx_file.h) through
// Boost.Iostreams' gzip_decompressor.
#include "plumbing/idx_file.h"

#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filtering_stream.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ios>

#include "plumbing/bad_input.h"

namespace io = boost::iostreams;

namespace {

constexpr double kMostDeflateRatio = 1032;  // deflate's largest compression ratio

// The file's decompressed bytes, read in order; every problem names the file
// and the offset reached.
class IdxReader {
 public:
  explicit IdxReader(const std::string& path) : path_(path), file_(path, std::ios::binary) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error || !file_ || !std::filesystem::is_regular_file(path)) {
      throw BadInput("cannot open " + printable(path) + ": " +
                     (error ? error.message() : std::string("not a readable file")));
    }
    compressed_size_ = static_cast<double>(size);
    in_.push(io::gzip_decompressor());
    in_.push(file_);
    // A damaged stream makes the decompressor throw; without this line the
    // stream would catch that, set badbit and look like a short file.
    in_.exceptions(std::ios::badbit);
  }

  // Reads exactly `count` bytes into `out`, or says where the data ended.
  void read(std::uint8_t* out, std::size_t count, const char* what) {
    std::size_t got = 0;
    try {
      in_.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(count));
      got = static_cast<std::size_t>(in_.gcount());
    } catch (const io::gzip_error& error) {
      fail("the gzip data is damaged (" + gzip_problem(error) + ")");
    } catch (const std::ios_base::failure&) {
      fail("the gzip data is damaged");
    }
    if (got < count) {
      offset_ += got;
      fail(std::string("the data ends where ") + what + " should be (is the file truncated?)");
    }
    offset_ += count;
  }

  std::size_t offset() const { return offset_; }

  std::uint32_t read_big_endian(const char* what) {
    std::uint8_t bytes[4];
    read(bytes, 4, what);
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) |
           (std::uint32_t(bytes[2]) << 8) | std::uint32_t(bytes[3]);
  }

  // Refuses a header that promises more than the file could hold.
  void check_promise(double bytes) {
    if (bytes > kMostDeflateRatio * compressed_size_ + 64) {
      fail("the header promises " + std::to_string(static_cast<long long>(bytes)) +
           " bytes, more than a gzip file of " +
           std::to_string(static_cast<long long>(compressed_size_)) + " bytes can hold");
    }
  }

  // After the last value: nothing more may follow.
  void expect_end() {
    char extra = 0;
    try {
      in_.read(&extra, 1);
    } catch (const std::exception&) {
      fail("the gzip data is damaged after the last value");
    }
    if (in_.gcount() != 0) fail("more data follows what the header promises");
  }

  [[noreturn]] void fail(const std::string& problem) const { fail_at(offset_, problem); }
  [[noreturn]] void fail_at(std::size_t offset, const std::string& problem) const {
    throw BadInput(printable(path_) + ": byte " + std::to_string(offset) + ": " + problem);
  }

 private:
  static std::string gzip_problem(const io::gzip_error& error) {
    if (error.error() == io::gzip::bad_crc) return "its checksum does not match";
    if (error.error() == io::gzip::bad_length) return "its length does not match";
    if (error.error() == io::gzip::bad_header) return "not a gzip file";
    return "zlib error " + std::to_string(error.zlib_error_code());
  }

  std::string path_;
  std::ifstream file_;
  io::filtering_istream in_;
  double compressed_size_ = 0;
  std::size_t offset_ = 0;  // decompressed bytes read so far
};

void check_magic(IdxReader& file, std::uint32_t expected, const char* kind) {
  const std::size_t start = file.offset();
  const std::uint32_t magic = file.read_big_endian("the magic number");
  if (magic != expected) {
    char text[64];
    std::snprintf(text, sizeof text, "0x%08x, not 0x%08x", magic, expected);
    file.fail_at(start, std::string("the magic number is ") + text + " (" + kind + ")");
  }
}

int read_size(IdxReader& file, const char* what) {
  const std::size_t start = file.offset();
  const std::uint32_t size = file.read_big_endian(what);
  if (size == 0 || size > 100'000'000) {
    file.fail_at(start, std::string(what) + " is " + std::to_string(size) +
                            ", not a whole number from 1 to 100000000");
  }
  return static_cast<int>(size);
}

}  // namespace

IdxImages read_idx_images(const std::string& path) {
  IdxReader file(path);
  check_magic(file, 0x00000803, "images: unsigned bytes in 3 dimensions");
  IdxImages images;
  images.count = read_size(file, "the number of images");
  images.rows = read_size(file, "the number of rows");
  images.cols = read_size(file, "the number of columns");
  const double bytes = double(images.count) * images.rows * images.cols;
  file.check_promise(bytes);
  images.pixels.resize(static_cast<std::size_t>(bytes));
  file.read(images.pixels.data(), images.pixels.size(), "the pixels");
  file.expect_end();
  return images;
}

std::vector<std::uint8_t> read_idx_labels(const std::string& path) {
  IdxReader file(path);
  check_magic(file, 0x00000801, "labels: unsigned bytes in 1 dimension");
  const int count = read_size(file, "the number of labels");
  file.check_promise(count);
  std::vector<std::uint8_t> labels(static_cast<std::size_t>(count));
  file.read(labels.data(), labels.size(), "the labels");
  file.expect_end();
  return labels;
}
