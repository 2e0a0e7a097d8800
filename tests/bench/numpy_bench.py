#!/usr/bin/env python3
"""The NumPy half of build/bin/bench: times the article's training step.

Runs exactly the algorithm of tests/numpy_reference.py (it imports its
init_params and train) on the data the C++ bench uses, and
prints one line per size:

    hidden batch epochs median_seconds_per_epoch final_loss

With --describe instead, it prints what the timings run on: NumPy's and
Python's versions, then the BLAS library NumPy loaded.

Data: the article's four people with --article; chapter 8's training rows
(split and scaled as chapter 8 does, seed 42; the weights drawn next, 30
inputs, learning rate 0.1) with --tumours; otherwise synthetic people from a
fixed seed, identical to the C++ bench's (the same NumPy-compatible random
stream, see common/numpy_random.h).
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import numpy as np  # noqa: E402
from numpy_reference import CENTRE, LABELS, PEOPLE, init_params, train  # noqa: E402
from numpy_real_reference import split_and_scale  # noqa: E402


def data(batch, article):
    if article:
        X = np.array(PEOPLE, dtype=float) - np.array(CENTRE, dtype=float)
        return X, np.array(LABELS, dtype=float).reshape(-1, 1)
    np.random.seed(1)
    X = np.random.randn(batch, 2) * 10.0                  # centred heights and weights
    y = (X[:, :1] + 0.3 * X[:, 1:] > 0).astype(float)     # (batch, 1) labels
    return X, y


def tumour_start(hidden):
    """Chapter 8's training rows (seed 42) and the weights drawn after the split."""
    _, _, (X, y, _, _, _, _) = split_and_scale(42)
    W1 = np.random.randn(X.shape[1], hidden) * 0.3
    W2 = np.random.randn(hidden, 1) * 0.3
    return X, y, [W1, np.zeros((1, hidden)), W2, np.zeros((1, 1))]


def starting_point(hidden, batch, args):
    """X, y, the starting weights and the learning rate of one timed run."""
    if args.tumours:
        return tumour_start(hidden) + (0.1,)
    X, y = data(batch, args.article)
    return X, y, init_params(42, hidden, 0.3), 0.15   # the article's seed, scale and rate


def loaded_blas():
    """The BLAS library this process loaded with NumPy: its real path, read
    from the libraries mapped into the process (Linux), so on Debian it is the
    one the libblas.so.3 alternative points at, whatever that is."""
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                fields = line.split()
                if len(fields) >= 6 and "blas" in os.path.basename(fields[5]):
                    return os.path.realpath(fields[5])
    except OSError:
        pass
    return "unknown"


def main():
    if sys.argv[1:] == ["--describe"]:
        print("numpy", np.__version__, "python", sys.version.split()[0])
        print(loaded_blas())
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, nargs="+", required=True)
    parser.add_argument("--batch", type=int, nargs="+", required=True)
    parser.add_argument("--epochs", type=int, nargs="+", required=True,
                        help="epochs per repeat, one per (hidden, batch) pair")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--article", action="store_true", help="the article's four people")
    parser.add_argument("--tumours", action="store_true", help="chapter 8's training rows")
    args = parser.parse_args()
    for hidden, batch, epochs in zip(args.hidden, args.batch, args.epochs):
        times = []
        loss = None
        for _ in range(args.repeats):
            X, y, params, lr = starting_point(hidden, batch, args)
            start = time.perf_counter()
            _, loss = train(params, X, y, lr, epochs, epochs)
            times.append((time.perf_counter() - start) / epochs)
        times.sort()
        print(f"{hidden} {batch} {epochs} {times[len(times) // 2]:.6e} {loss:.17g}", flush=True)


if __name__ == "__main__":
    main()
