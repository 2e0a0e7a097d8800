#!/usr/bin/env python3
"""The NumPy half of build/bin/bench: times the article's training step.

Runs exactly the algorithm of tests/numpy_reference.py (it imports its
init_params and train) on the data the C++ bench uses, and
prints one line per size:

    hidden batch epochs median_seconds_per_epoch final_loss

Data: the article's four people when --batch is 4 and --article is given;
otherwise synthetic people from a fixed seed, identical to the C++ bench's
(the same NumPy-compatible random stream, see common/numpy_random.h).
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import numpy as np  # noqa: E402
from numpy_reference import CENTRE, LABELS, PEOPLE, init_params, train  # noqa: E402


def data(batch, article):
    if article:
        X = np.array(PEOPLE, dtype=float) - np.array(CENTRE, dtype=float)
        return X, np.array(LABELS, dtype=float).reshape(-1, 1)
    np.random.seed(1)
    X = np.random.randn(batch, 2) * 10.0                  # centred heights and weights
    y = (X[:, :1] + 0.3 * X[:, 1:] > 0).astype(float)     # (batch, 1) labels
    return X, y


def train_article_init(X, y, hidden, epochs):
    params = init_params(42, hidden, 0.3)   # the article's seed and scale, as the C++ bench
    _, loss = train(params, X, y, 0.15, epochs, epochs)
    return loss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, nargs="+", required=True)
    parser.add_argument("--batch", type=int, nargs="+", required=True)
    parser.add_argument("--epochs", type=int, nargs="+", required=True,
                        help="epochs per repeat, one per (hidden, batch) pair")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--article", action="store_true", help="the article's four people")
    args = parser.parse_args()
    for hidden, batch, epochs in zip(args.hidden, args.batch, args.epochs):
        X, y = data(batch, args.article)
        times = []
        loss = None
        for _ in range(args.repeats):
            start = time.perf_counter()
            loss = train_article_init(X, y, hidden, epochs)
            times.append((time.perf_counter() - start) / epochs)
        times.sort()
        print(f"{hidden} {batch} {epochs} {times[len(times) // 2]:.6e} {loss:.17g}", flush=True)


if __name__ == "__main__":
    main()
