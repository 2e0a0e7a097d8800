#!/usr/bin/env python3
"""The PyTorch column of build/bin/bench: the same training step in torch.

What a reader who knows PyTorch would write for the article's loop, on
Debian's python3-torch: float64 tensors on the CPU, two threads, the forward
pass, loss and gradients of tests/numpy_reference.py written as tensor
expressions (the same arithmetic, so the losses agree with NumPy's and the
C++'s to rounding), from the same data and starting weights as NumPy's half
(numpy_bench.py builds them). Same options and output as numpy_bench.py:

    hidden batch epochs median_seconds_per_epoch final_loss

With --autograd, the gradients come from loss.backward() and the step from
torch.optim.SGD instead (for the note on what autograd costs; its gradient
also differentiates the loss's epsilon, so its losses differ in the last
digits and bench does not use it).
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch  # noqa: E402
from numpy_bench import starting_point  # noqa: E402

EPSILON = 1e-8  # tests/numpy_reference.py's


def train_by_hand(params, X, y, lr, epochs):
    W1, b1, W2, b2 = params
    n = X.shape[0]
    loss = None
    for _ in range(epochs):
        a1 = torch.sigmoid(X @ W1 + b1)
        y_hat = torch.sigmoid(a1 @ W2 + b2)
        loss = -torch.mean(y * torch.log(y_hat + EPSILON) + (1 - y) * torch.log(1 - y_hat + EPSILON))
        dz2 = y_hat - y
        dW2 = a1.T @ dz2 / n
        db2 = dz2.mean(dim=0, keepdim=True)
        dz1 = (dz2 @ W2.T) * a1 * (1 - a1)
        dW1 = X.T @ dz1 / n
        db1 = dz1.mean(dim=0, keepdim=True)
        W1 -= lr * dW1
        b1 -= lr * db1
        W2 -= lr * dW2
        b2 -= lr * db2
    return float(loss)


def train_autograd(params, X, y, lr, epochs):
    for p in params:
        p.requires_grad_(True)
    W1, b1, W2, b2 = params
    optimiser = torch.optim.SGD(params, lr=lr)
    loss = None
    for _ in range(epochs):
        optimiser.zero_grad()
        y_hat = torch.sigmoid(torch.sigmoid(X @ W1 + b1) @ W2 + b2)
        loss = -torch.mean(y * torch.log(y_hat + EPSILON) + (1 - y) * torch.log(1 - y_hat + EPSILON))
        loss.backward()
        optimiser.step()
    return float(loss)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, nargs="+", required=True)
    parser.add_argument("--batch", type=int, nargs="+", required=True)
    parser.add_argument("--epochs", type=int, nargs="+", required=True)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--article", action="store_true", help="the article's four people")
    parser.add_argument("--tumours", action="store_true", help="chapter 8's training rows")
    parser.add_argument("--autograd", action="store_true", help="loss.backward() and optim.SGD")
    args = parser.parse_args()
    torch.set_num_threads(2)
    train = train_autograd if args.autograd else train_by_hand
    for hidden, batch, epochs in zip(args.hidden, args.batch, args.epochs):
        times, loss = [], None
        for _ in range(args.repeats):
            X, y, params, lr = starting_point(hidden, batch, args)
            X, y = torch.from_numpy(X), torch.from_numpy(y)
            params = [torch.from_numpy(p.copy()) for p in params]
            start = time.perf_counter()
            loss = train(params, X, y, lr, epochs)
            times.append((time.perf_counter() - start) / epochs)
        times.sort()
        print(f"{hidden} {batch} {epochs} {times[len(times) // 2]:.6e} {loss:.17g}", flush=True)


if __name__ == "__main__":
    main()
