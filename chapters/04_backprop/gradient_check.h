// gradient_check.h - chapter 4: checking backprop against plain arithmetic.
//
// The derivative of the loss with respect to one weight w can be measured
// without any calculus: nudge w up and down by a small step h and see how the
// loss changes,
//     dL/dw ~ (L(w + h) - L(w - h)) / (2h)     (central difference, error ~ h^2).
// Doing that for every parameter is slow (two forward passes per weight) but
// independent of backprop, which makes it the perfect referee.
// Tests: tests/test_chapter4.cpp.
#pragma once

#include "02_stacking_layers/network.h"
#include "04_backprop/backprop.h"

constexpr double kFiniteDifferenceStep = 1e-5;  // h: small, but far above rounding noise

// All four gradients of the mean BCE loss on X (N,I), y (N,O), by central
// differences. Same shapes as backward()'s.
Gradients numerical_gradients(const Network& net, const Matrix& X, const Matrix& y,
                              double step = kFiniteDifferenceStep);

// The size of a gradient: sqrt of the sum of its squared entries (the
// Frobenius norm, NumPy's np.linalg.norm). Chapter 7 prints one per layer to
// show where the gradient vanishes.
double gradient_norm(const Matrix& gradient);

// How far apart two gradients are, as one number that ignores their scale:
//     |a - b| / (|a| + |b|), with |.| the Euclidean norm of all entries.
// 0 means identical; around 1e-7 is "equal up to finite-difference error".
double relative_error(const Matrix& a, const Matrix& b);
