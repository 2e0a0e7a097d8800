#!/usr/bin/env python3
"""NumPy reference run for chapter 7's deep network.

The same algorithm as chapters/07_deeper_networks/ (L hidden layers of H
units, sigmoid, tanh or ReLU, then a sigmoid output and binary cross-entropy;
full-batch gradient descent), written the plain NumPy way, with the same
legacy RandomState seeding. It writes what the C++ tests compare, in the
book's text format for matrices (see numpy_reference.py):

    settings             seed, lr, epochs, width, print_every, init_scale, 1
    deep                 depth, width, activation (0 sigmoid, 1 tanh, 2 relu),
                         init (0 article, 1 lecun, 2 xavier, 3 he), data (0 spirals, 1 people)
    X, y                 the data set
    norms_by_activation  |dW| of every layer at the first step, one row per
                         activation (same seed and init), layer 1 first
    losses               (epoch, loss) every print_every epochs
    loss_final           after training; accuracy_final likewise
    revivals             hidden units dead at one epoch (output 0 for every
                         example) and alive at the next: the first epoch one
                         was back (-1 if none), then the count in each hidden
                         layer, 1 to L

Usage:
    python3 tests/numpy_deep_reference.py --depth 8 --activation relu --init he
    python3 tests/numpy_deep_reference.py --data people --depth 1 --width 4

Exit code 77 (CTest's "skipped") when NumPy is not installed.
"""

import argparse
import sys

from numpy_reference import CENTRE, LABELS, PEOPLE, loss_bce, sigmoid, write_block

import numpy as np  # numpy_reference has already exited with 77 if it is missing

ACTIVATIONS = ("sigmoid", "tanh", "relu")
INITS = ("article", "lecun", "xavier", "he")
DATA = ("spirals", "people")
SPIRAL_POINTS, SPIRALS_SEED, SPIRAL_NOISE = 50, 0, 0.2


def two_spirals():
    """Arm k = 0, 1 (label k): point i = 1..n at radius r = i/n and angle
    t = 2 pi r + k pi + 0.2 * randn, x = (r sin t, r cos t); seed 0."""
    rng = np.random.RandomState(SPIRALS_SEED)
    X, y = [], []
    for arm in (0, 1):
        r = np.arange(1, SPIRAL_POINTS + 1) / SPIRAL_POINTS
        t = 2 * np.pi * r + arm * np.pi + SPIRAL_NOISE * rng.randn(SPIRAL_POINTS)
        X.append(np.stack([r * np.sin(t), r * np.cos(t)], axis=1))
        y.append(np.full((SPIRAL_POINTS, 1), float(arm)))
    return np.vstack(X), np.vstack(y)


def activate(kind, z):
    if kind == "sigmoid":
        return sigmoid(z)
    if kind == "tanh":
        return np.tanh(z)
    return np.maximum(z, 0.0)


def activation_backward(kind, da, a):
    if kind == "sigmoid":
        return da * a * (1 - a)
    if kind == "tanh":
        return da * (1 - a * a)
    return da * (a > 0)


def init_params(seed, sizes, init, init_scale):
    """W[l] = randn(fan_in, fan_out) * s, drawn from the input side; b[l] = 0."""
    np.random.seed(seed)
    W, b = [], []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        s = {"article": init_scale, "lecun": np.sqrt(1.0 / fan_in),
             "xavier": np.sqrt(2.0 / (fan_in + fan_out)), "he": np.sqrt(2.0 / fan_in)}[init]
        W.append(np.random.randn(fan_in, fan_out) * s)
        b.append(np.zeros((1, fan_out)))
    return W, b


def forward(W, b, kind, X):
    a = [X]
    for l in range(len(W)):
        z = a[l] @ W[l] + b[l]
        a.append(activate(kind, z) if l < len(W) - 1 else sigmoid(z))
    return a


def backward(W, kind, y, a):
    n = y.shape[0]
    dW, db = [None] * len(W), [None] * len(W)
    dz = a[-1] - y
    for l in reversed(range(len(W))):
        dW[l] = a[l].T @ dz / n
        db[l] = dz.mean(axis=0, keepdims=True)
        dinput = dz @ W[l].T
        if l > 0:
            dz = activation_backward(kind, dinput, a[l])
    return dW, db


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depth", type=int, default=8)
    parser.add_argument("--width", type=int, default=8)
    parser.add_argument("--activation", choices=ACTIVATIONS, default="sigmoid")
    parser.add_argument("--init", choices=INITS, default="article")
    parser.add_argument("--data", choices=DATA, default="spirals")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--lr", type=float, default=0.05)  # chapter 7's default
    parser.add_argument("--epochs", type=int, default=2000)       # chapter 7's default
    parser.add_argument("--print-every", type=int, default=200)  # likewise
    parser.add_argument("--init-scale", type=float, default=0.3)
    parser.add_argument("--out", default="-", help="file to write ('-' = stdout)")
    args = parser.parse_args()

    if args.data == "spirals":
        X, y = two_spirals()
    else:
        X = np.array(PEOPLE, dtype=float) - np.array([CENTRE], dtype=float)
        y = np.array(LABELS, dtype=float).reshape(-1, 1)
    sizes = [2] + [args.width] * args.depth + [1]

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    out.write("# NumPy reference values for chapter 7, written by tests/numpy_deep_reference.py\n")
    out.write(f"# numpy {np.__version__}, python {sys.version.split()[0]}\n")
    out.write(f"# {' '.join(sys.argv[1:])}\n")
    write_block(out, "settings", [args.seed, args.lr, args.epochs, args.width, args.print_every,
                                  args.init_scale, 1])
    write_block(out, "deep", [args.depth, args.width, ACTIVATIONS.index(args.activation),
                              INITS.index(args.init), DATA.index(args.data)])
    write_block(out, "X", X)
    write_block(out, "y", y)

    norms = []
    for kind in ACTIVATIONS:
        W, b = init_params(args.seed, sizes, args.init, args.init_scale)
        dW, _ = backward(W, kind, y, forward(W, b, kind, X))
        norms.append([np.linalg.norm(g) for g in dW])
    write_block(out, "norms_by_activation", norms)

    W, b = init_params(args.seed, sizes, args.init, args.init_scale)
    logged = []
    revivals, first_revival, dead_before = np.zeros(args.depth, dtype=int), -1, None
    for epoch in range(args.epochs):
        a = forward(W, b, args.activation, X)
        dead = np.array([np.all(h == 0.0, axis=0) for h in a[1:-1]])  # (L, H)
        if dead_before is not None:
            back = dead_before & ~dead
            revivals += back.sum(axis=1)
            if first_revival < 0 and back.any():
                first_revival = epoch
        dead_before = dead
        loss = loss_bce(y, a[-1])
        dW, db = backward(W, args.activation, y, a)
        for l in range(len(W)):
            W[l] -= args.lr * dW[l]
            b[l] -= args.lr * db[l]
        if epoch % args.print_every == 0:
            logged.append((epoch, loss))
    write_block(out, "losses", logged)
    y_hat = forward(W, b, args.activation, X)[-1]
    write_block(out, "loss_final", loss_bce(y, y_hat))
    write_block(out, "accuracy_final", np.mean((y_hat > 0.5) == (y == 1.0)))
    write_block(out, "revivals", [first_revival, *revivals])
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
