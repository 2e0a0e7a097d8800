// numpy_parity.h - what the article's parity tests share (chapters 2, 4 and 5:
// tests/test_chapter2.cpp, test_chapter4.cpp, test_chapter5.cpp): the NumPy
// run of the article's algorithm (reference_file.h says which file) and the
// check of a C++ number against it.
#pragma once

#include <string>

#include "02_stacking_layers/dataset.h"
#include "catch.h"
#include "check_close.h"
#include "reference_file.h"

inline const ReferenceFile& article_reference() { return numpy_reference(); }

inline void require_matches_numpy(const std::string& name, const Matrix& cpp) {
  const Matrix& numpy = article_reference()[name];
  REQUIRE(check_close(name + " (C++, against NumPy's in " + article_reference().path() + ")", cpp,
                      numpy, kParityTolerance));
}

// The inputs scaled as the reference's settings say (the article: centred).
inline InputScaling article_scaling() {
  return input_scaling(article_reference().settings().scaling, people_raw());
}
