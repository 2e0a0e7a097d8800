// chapter6_figures.h - the figures of chapter 6 (prediction).
#pragma once

#include <string>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "settings.h"

// FOLDER/ch6_decision_boundary.svg: P(male) over the height/weight plane as
// a heat map, the line where it crosses 0.5 (the decision boundary), the four
// training people and the new one.
// `scaling` is the one the network was trained with.
void draw_decision_boundary(const std::string& folder, const Network& net,
                            const InputScaling& scaling, const NewPerson& person);

// FOLDER/ch6_sensitivity.svg: how the answer moves when only the height, or
// only the weight, of the new person changes.
void draw_sensitivity(const std::string& folder, const Network& net, const InputScaling& scaling,
                      const NewPerson& person);
