// todo.h - what an exercise does before you write it.
//
// Each exercise in chapters/*/exercises/ starts as a function whose body is
//     todo("dense_forward");
// It compiles, and when it runs it throws NotDoneYet, whose message names the
// exercise. A test then fails with that message, and a chapter program stops
// with it, instead of computing with a made-up value.
// Tests: exercises/stub_fails/* (tests/exercises/CMakeLists.txt).
#pragma once

#include <stdexcept>
#include <string>

class NotDoneYet : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

[[noreturn]] inline void todo(const std::string& exercise) {
  throw NotDoneYet("exercise '" + exercise +
                   "' is not done yet: replace its todo(...) line with your code");
}
