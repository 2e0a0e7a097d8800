// idx_file.h - the IDX files of MNIST and Fashion-MNIST, gzip-compressed as
// they are published (Debian: dataset-fashion-mnist).
//
// An IDX file is a 4-byte magic number, one 4-byte size per dimension (all
// big-endian), then the values, one byte each, row by row:
//   images  0x00000803, count, rows, cols, then count * rows * cols pixels
//   labels  0x00000801, count, then count labels
// The reader checks all of it and names the file and the byte (of the
// decompressed data) of each problem: a wrong magic number, a size of 0, a
// file that ends early or goes on past what its header promises, a damaged
// gzip stream. It allocates nothing a file could not fill: deflate shrinks
// data at most 1032 times, so a header promising more than 1032 times the
// compressed file's size is refused before any memory is taken.
// Plumbing, not lesson: chapter 10 reads its pictures through it.
// Tests: tests/test_plumbing.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// `count` pictures of rows x cols pixels, 0 (white) to 255 (black), picture
// after picture, each row by row.
struct IdxImages {
  int count = 0, rows = 0, cols = 0;
  std::vector<std::uint8_t> pixels;  // count * rows * cols
};

// Throw BadInput (exit code 2 in a program) naming the file and the byte.
IdxImages read_idx_images(const std::string& path);
std::vector<std::uint8_t> read_idx_labels(const std::string& path);
