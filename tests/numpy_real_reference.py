#!/usr/bin/env python3
"""NumPy reference run for chapter 8 (a real data set).

The same pipeline as chapters/08_real_data/, written the plain NumPy way:
read the tumours, turn the diagnosis around (1 = malignant), split them with
np.random.permutation (60% train, 20% validation, 20% test), standardise
with the training rows' mean and standard deviation, start the 30-H-1
network (W1, then W2, randn * init_scale), train in mini-batches (a new
permutation of the training rows every epoch, weight decay l2 * W on W1 and
W2, early stopping after `patience` epochs without a better validation
loss), and answer for the test rows. One RandomState, used in that order.
Written in the book's text format for matrices (see numpy_reference.py):

    settings    seed, lr, epochs, hidden, print_every, init_scale, 2 (standardise)
    minibatch   batch_size, l2, patience
    split_train, split_validation, split_test   the row numbers, one row each
    shift, divide                                the training rows' mean and std
    W1_init, W2_init
    train_losses, validation_losses   one row: the loss after every epoch
    best_epoch                        (counted from 0)
    y_hat_test, confusion (TP FP FN TN), auc

Usage:
    python3 tests/numpy_real_reference.py --out FILE [--seed 7 --batch-size 1 ...]

Exit code 77 (CTest's "skipped") when NumPy is not installed.
"""

import argparse
import pathlib
import sys

from numpy_reference import forward, gradients, loss_bce, write_block  # the article's network

import numpy as np  # numpy_reference has already exited with 77 if it is missing

DATA = pathlib.Path(__file__).resolve().parent.parent / "chapters/08_real_data/data/breast_cancer.csv"


def roc_auc(y_hat, y):
    """Area under the ROC curve, thresholds lowered past one score at a time."""
    order = np.argsort(-y_hat[:, 0], kind="stable")
    scores, labels = y_hat[order, 0], y[order, 0]
    positives = labels.sum()
    negatives = len(labels) - positives
    points, tp, fp = [(0.0, 0.0)], 0.0, 0.0
    for i in range(len(labels)):
        tp, fp = (tp + 1, fp) if labels[i] == 1 else (tp, fp + 1)
        if i + 1 == len(labels) or scores[i + 1] != scores[i]:
            points.append((fp / negatives, tp / positives))
    return sum((x1 - x0) * (y1 + y0) / 2 for (x0, y0), (x1, y1) in zip(points, points[1:]))


def split_and_scale(seed):
    """Chapter 8's split (60/20/20) and standardisation, from np.random.seed(seed).

    Returns the three lists of rows, the scaling (shift, divide) and the scaled
    parts (Xt, yt, Xv, yv, Xs, ys); NumPy's random stream is left where the
    C++ one is when it draws the weights.
    """
    table = np.loadtxt(DATA, delimiter=",", skiprows=1)
    X_all, y_all = table[:, :-1], 1.0 - table[:, -1:]           # y = 1: malignant
    n = len(X_all)
    np.random.seed(seed)
    order = np.random.permutation(n)
    n_train = n * 3 // 5
    n_validation = (n - n_train) // 2
    train = order[:n_train]
    validation = order[n_train:n_train + n_validation]
    test = order[n_train + n_validation:]
    shift = X_all[train].mean(axis=0, keepdims=True)
    divide = X_all[train].std(axis=0, keepdims=True)          # ddof = 0
    Xt, yt = (X_all[train] - shift) / divide, y_all[train]
    Xv, yv = (X_all[validation] - shift) / divide, y_all[validation]
    Xs, ys = (X_all[test] - shift) / divide, y_all[test]

    return (train, validation, test), (shift, divide), (Xt, yt, Xv, yv, Xs, ys)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--hidden", type=int, default=8)
    parser.add_argument("--init-scale", type=float, default=0.3)
    parser.add_argument("--print-every", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--l2", type=float, default=0.0)
    parser.add_argument("--patience", type=int, default=0)
    parser.add_argument("--out", default="-", help="file to write ('-' = stdout)")
    args = parser.parse_args()

    (train, validation, test), (shift, divide), (Xt, yt, Xv, yv, Xs, ys) = \
        split_and_scale(args.seed)
    n_train = len(train)
    W1 = np.random.randn(Xt.shape[1], args.hidden) * args.init_scale
    b1 = np.zeros((1, args.hidden))
    W2 = np.random.randn(args.hidden, 1) * args.init_scale
    b2 = np.zeros((1, 1))
    params = [W1, b1, W2, b2]
    W1_init, W2_init = W1.copy(), W2.copy()

    train_losses, validation_losses, best_epoch = [], [], 0
    best = [p.copy() for p in params]
    for epoch in range(args.epochs):
        rows = np.random.permutation(n_train)
        for start in range(0, n_train, args.batch_size):
            batch = rows[start:start + args.batch_size]
            X, y = Xt[batch], yt[batch]
            a1, y_hat = forward(params, X)
            dW1, db1, dW2, db2 = gradients(params, X, y, a1, y_hat)
            dW1 = dW1 + args.l2 * params[0]
            dW2 = dW2 + args.l2 * params[2]
            for p, g in zip(params, (dW1, db1, dW2, db2)):
                p -= args.lr * g
        train_losses.append(loss_bce(yt, forward(params, Xt)[1]))
        validation_losses.append(loss_bce(yv, forward(params, Xv)[1]))
        if epoch == 0 or validation_losses[-1] < validation_losses[best_epoch]:
            best_epoch = epoch
            best = [p.copy() for p in params]
        elif args.patience > 0 and epoch - best_epoch >= args.patience:
            break
    if args.patience > 0:
        params = best

    y_hat = forward(params, Xs)[1]
    said, really = y_hat[:, 0] > 0.5, ys[:, 0] == 1
    confusion = [np.sum(said & really), np.sum(said & ~really), np.sum(~said & really),
                 np.sum(~said & ~really)]

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    out.write("# NumPy reference values for chapter 8, written by tests/numpy_real_reference.py\n")
    out.write(f"# numpy {np.__version__}, python {sys.version.split()[0]}\n")
    out.write(f"# {' '.join(a for a in sys.argv[1:])}\n")
    write_block(out, "settings", [args.seed, args.lr, args.epochs, args.hidden, args.print_every,
                                  args.init_scale, 2])
    write_block(out, "minibatch", [args.batch_size, args.l2, args.patience])
    write_block(out, "split_train", train)
    write_block(out, "split_validation", validation)
    write_block(out, "split_test", test)
    write_block(out, "shift", shift)
    write_block(out, "divide", divide)
    write_block(out, "W1_init", W1_init)
    write_block(out, "W2_init", W2_init)
    write_block(out, "train_losses", train_losses)
    write_block(out, "validation_losses", validation_losses)
    write_block(out, "best_epoch", best_epoch)
    write_block(out, "y_hat_test", y_hat)
    write_block(out, "confusion", confusion)
    write_block(out, "auc", roc_auc(y_hat, ys))
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
