#!/usr/bin/env python3
"""NumPy reference run for the book's 2-H-1 network.

This is the yardstick the C++ is measured against. It runs the very algorithm
the chapters run (same data, same seeding, same initialisation, same update
order) with NumPy's legacy RandomState, and writes every number the C++ tests
compare: the first random weights, the untrained predictions, loss and
gradients, the loss every `--print-every` epochs, the final predictions and the
probability for the new person.

Output format: the book's one text format for matrices, the same as a
trained network's file (common/plumbing/matrix_file.h), read by the same C++ reader:

    name rows cols
    v11 v12 ...          one line per row, 17 significant digits

Lines that start with '#' are comments.

Usage:
    python3 tests/numpy_reference.py --out tests/numpy_references/article.txt
    python3 tests/numpy_reference.py --seed 7 --lr 0.5 --epochs 900 --hidden 6

Exit code 77 (CTest's "skipped") when NumPy is not installed.
"""

import argparse
import sys

try:
    import numpy as np
except ImportError:
    print("SKIPPED: NumPy is not installed (Debian/Ubuntu: apt-get install python3-numpy)")
    sys.exit(77)


# The four people of the article: height in inches, weight in pounds, label 1 = male.
PEOPLE = [(65, 133), (72, 160), (70, 152), (60, 120)]
LABELS = [0, 1, 1, 0]
CENTRE = (67, 140)           # subtracted from every person, new or old (--scaling centre)
SCALINGS = ("none", "centre", "standardise")   # written as 0, 1, 2 in the settings block
NEW_PERSON = (68, 145)
EPSILON = 1e-8               # keeps log() away from 0 in the loss


def input_scaling(kind, people):
    """(shift, divide), each (1,2): inputs are (people - shift) / divide."""
    if kind == "none":
        return np.zeros((1, 2)), np.ones((1, 2))
    if kind == "centre":
        return np.array([CENTRE], dtype=float), np.ones((1, 2))
    return people.mean(axis=0, keepdims=True), people.std(axis=0, keepdims=True)  # ddof=0


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def loss_bce(y, y_hat):
    inside = y * np.log(y_hat + EPSILON) + (1 - y) * np.log(1 - y_hat + EPSILON)
    return -np.mean(inside)


# [numpy forward]
def forward(params, X):
    W1, b1, W2, b2 = params
    a1 = sigmoid(X @ W1 + b1)
    y_hat = sigmoid(a1 @ W2 + b2)
    return a1, y_hat
# [numpy forward]


# [numpy backward]
def gradients(params, X, y, a1, y_hat):
    W1, b1, W2, b2 = params
    n = X.shape[0]
    dz2 = y_hat - y
    dW2 = a1.T @ dz2 / n
    db2 = dz2.mean(axis=0, keepdims=True)
    dz1 = (dz2 @ W2.T) * a1 * (1 - a1)
    dW1 = X.T @ dz1 / n
    db1 = dz1.mean(axis=0, keepdims=True)
    return dW1, db1, dW2, db2
# [numpy backward]


def init_params(seed, hidden, init_scale):
    np.random.seed(seed)
    W1 = np.random.randn(2, hidden) * init_scale    # drawn first
    b1 = np.zeros((1, hidden))
    W2 = np.random.randn(hidden, 1) * init_scale    # drawn second
    b2 = np.zeros((1, 1))
    return [W1, b1, W2, b2]


# [numpy training loop]
def train(params, X, y, lr, epochs, print_every):
    """Trains params in place; returns [(epoch, loss)] every print_every
    epochs and the last epoch's loss (each loss taken before that update)."""
    logged, loss = [], None
    for epoch in range(epochs):
        a1, y_hat = forward(params, X)
        loss = loss_bce(y, y_hat)
        grads = gradients(params, X, y, a1, y_hat)
        for p, g in zip(params, grads):
            p -= lr * g
        if epoch % print_every == 0:
            logged.append((epoch, loss))
    return logged, loss
# [numpy training loop]


def write_block(out, name, values):
    """One matrix in the book's text format (common/plumbing/matrix_file.h): the line
    'NAME ROWS COLS', then one line per row, 17 significant digits each."""
    block = np.atleast_2d(np.asarray(values, dtype=float))
    out.write(f"{name} {block.shape[0]} {block.shape[1]}\n")
    for row in block:
        out.write(" ".join(f"{v:.17g}" for v in row) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--lr", type=float, default=0.15)
    parser.add_argument("--epochs", type=int, default=4000)
    parser.add_argument("--hidden", type=int, default=4)
    parser.add_argument("--init-scale", type=float, default=0.3, help="weights start as randn * this")
    parser.add_argument("--print-every", type=int, default=400)
    parser.add_argument("--scaling", choices=SCALINGS, default="centre")
    parser.add_argument("--out", default="-", help="file to write ('-' = stdout)")
    args = parser.parse_args()

    people = np.array(PEOPLE, dtype=float)                               # (4,2)
    shift, divide = input_scaling(args.scaling, people)
    X = (people - shift) / divide                                        # (4,2)
    y = np.array(LABELS, dtype=float).reshape(-1, 1)                     # (4,1)

    params = init_params(args.seed, args.hidden, args.init_scale)
    W1, _, W2, _ = params

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    out.write("# NumPy reference values, written by tests/numpy_reference.py\n")
    out.write(f"# numpy {np.__version__}, python {sys.version.split()[0]}\n")
    out.write(f"# seed {args.seed}, lr {args.lr}, epochs {args.epochs}, hidden {args.hidden}, "
              f"print_every {args.print_every}, init_scale {args.init_scale}, "
              f"scaling {args.scaling}\n")
    write_block(out, "settings",
                [args.seed, args.lr, args.epochs, args.hidden, args.print_every, args.init_scale,
                 SCALINGS.index(args.scaling)])
    write_block(out, "W1_init", W1)
    write_block(out, "W2_init", W2)

    a1, y_hat = forward(params, X)
    write_block(out, "predictions_init", y_hat)
    write_block(out, "loss_init", loss_bce(y, y_hat))
    for name, grad in zip(("dW1_init", "db1_init", "dW2_init", "db2_init"),
                          gradients(params, X, y, a1, y_hat)):
        write_block(out, name, grad)

    logged, _ = train(params, X, y, args.lr, args.epochs, args.print_every)
    write_block(out, "losses", logged)

    _, y_hat = forward(params, X)
    write_block(out, "loss_final", loss_bce(y, y_hat))
    write_block(out, "predictions_final", y_hat)
    write_block(out, "W1_final", params[0])
    write_block(out, "b1_final", params[1])
    write_block(out, "W2_final", params[2])
    write_block(out, "b2_final", params[3])

    person = (np.array([NEW_PERSON], dtype=float) - shift) / divide      # (1,2)
    _, prob = forward(params, person)
    write_block(out, "new_person_probability", prob)
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
