// settings_options.h - command-line options that change the experiment.
//
// Each option writes straight into a Settings (or a plain variable) and is
// checked as it is read: a bad value stops the program with one line that
// names the option, the accepted range and what was given (exit code 2, see
// ChapterRun). The defaults are the article's.
#pragma once

#include <boost/program_options.hpp>
#include <string>

#include "settings.h"

// The limits, and why they are where they are.
constexpr long long kMaxEpochs = 1'000'000;          // the article needs 4000; more is a typo
constexpr long long kMaxHidden = 4096;               // far beyond what four people need
constexpr double kMinHeight = 20, kMaxHeight = 110;  // inches: shortest to tallest adults on record
constexpr double kMinWeight = 5, kMaxWeight = 1500;  // pounds, likewise

// --seed N, for chapters 2-5.
boost::program_options::options_description seed_option(Settings& settings);

// --seed, --lr, --init-scale, --epochs, --hidden, --print-every, for chapter 5.
boost::program_options::options_description training_options(Settings& settings);

// --height and --weight of the new person, for chapter 6.
boost::program_options::options_description person_options(double& height, double& weight);

// --weights FILE: where chapter 5 saves the trained network and chapter 6 reads it.
boost::program_options::options_description weights_option(std::string& path);
