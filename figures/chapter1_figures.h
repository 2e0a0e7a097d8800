// chapter1_figures.h - the figure of chapter 1 (one neuron).
#pragma once

#include <string>
#include <utility>
#include <vector>

// The sigmoid curve, with each neuron's (z, output) marked on it:
// FOLDER/ch1_sigmoid.svg (nothing if folder is empty).
void draw_sigmoid(const std::string& folder, const std::vector<std::pair<double, double>>& marked);
