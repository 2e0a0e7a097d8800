// catch.h - the one place that knows which Catch2 is installed.
//
// Catch2 v2 (Debian 12) ships a single header, catch2/catch.hpp; Catch2 v3
// (Ubuntu 24.04, Homebrew) ships catch2/catch_all.hpp instead. The tests only
// use what both versions share: TEST_CASE, SECTION, REQUIRE, CHECK, INFO,
// REQUIRE_THROWS_WITH and REQUIRE_THROWS_AS.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>  // Catch2 v3
#else
#include <catch2/catch.hpp>  // Catch2 v2
#endif
