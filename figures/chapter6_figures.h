// chapter6_figures.h - the figures of chapter 6 (prediction).
// Tests: the golden figure data and sums of chapter 6's runs (tests/golden/figures/,
//  tests/golden/sha256/).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "matrix.h"
#include "settings.h"

// P(male) for a person of this height (inches) and weight (pounds): the
// trained network's answer (chapter 6's predict_probability, handed over by
// its main).
using MaleProbability = std::function<double(double height, double weight)>;

// The figures' names follow the scaling the network was trained with: the
// article's (centre) keeps the plain name, none and standardise get their
// own ("ch6_decision_boundary_standardise"), so that the book can show them
// side by side.

// FOLDER/ch6_decision_boundary.svg: P(male) over the height/weight plane as
// a heat map, the line where it crosses 0.5 (the decision boundary), the
// training people (raw (N,2) inches and pounds, labels y (N,1)) and the new one.
void draw_decision_boundary(const std::string& folder, std::optional<Scaling> scaling,
                            const MaleProbability& p_male, const Matrix& raw, const Matrix& y,
                            const NewPerson& person);

// FOLDER/ch6_sensitivity.svg: how the answer moves when only the height, or
// only the weight, of the new person changes.
void draw_sensitivity(const std::string& folder, std::optional<Scaling> scaling,
                      const MaleProbability& p_male, const NewPerson& person);
