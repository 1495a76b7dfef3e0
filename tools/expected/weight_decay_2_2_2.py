#!/usr/bin/env python3
"""The L2 penalty of WeightDecayTest: one step of gradient descent on the 2-2-2 sigmoid network with λ = 0.1.

The example: W_h = I, b_h = (0.5, −0.25), W_o = [[1, −1], [−1, 1]], b_o = (0.25, −0.5), the point x = (1, 2) with
label 0, λ = 0.1, η = 0.5. PyTorch's weight_decay convention: the penalty is (λ/2)·Σw² over the weights, not the
biases, and its gradient λ·w is added to the weights' gradient before the step. The cross-entropy's gradient comes
from a plain forward and backward pass; the gradient of the whole objective is checked once more against central
differences of cross-entropy + penalty, which know nothing of "λ·w" or of which entries are weights beyond the
penalty's own formula.
"""

import numpy as np

from check import TEST, Report

SOURCE = TEST / "core/nn/WeightDecayTest.java"

# As written in the test.
LOSS = "0.4094488174867857"
PENALTY = "0.3"
GRADIENT = ["-0.00022160033651551225", "-0.20044320067303104", "0.08475476702221703", "0.26950953404443406",
            "-0.10022160033651552", "0.08475476702221703",
            "-0.1746918255882334", "-0.38624238806625477", "0.1746918255882334", "0.38624238806625477",
            "-0.3359838566232005", "0.3359838566232005"]
AFTER_ONE_STEP = ["1.0001108001682577", "0.10022160033651552", "-0.042377383511108514", "0.865245232977783",
                  "0.5501108001682578", "-0.29237738351110854",
                  "1.0873459127941167", "-0.8068788059668726", "-1.0873459127941167", "0.8068788059668726",
                  "0.41799192831160026", "-0.6679919283116003"]

L2 = 0.1
LR = 0.5
X = np.array([1.0, 2.0])
LABEL = 0


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def unpack(params):
    """The flat layout: W_h (2 × 2, row-major), b_h, W_o (2 × 2, row-major), b_o."""
    return params[0:4].reshape(2, 2), params[4:6], params[6:10].reshape(2, 2), params[10:12]


def cross_entropy(params):
    w_h, b_h, w_o, b_o = unpack(params)
    z = w_o @ sigmoid(w_h @ X + b_h) + b_o
    m = z.max()
    return np.log(np.exp(z - m).sum()) - (z[LABEL] - m)


def penalty(params):
    w_h, _, w_o, _ = unpack(params)
    return L2 / 2 * ((w_h ** 2).sum() + (w_o ** 2).sum())


def cross_entropy_gradient(params):
    """h = σ(W_h·x + b_h), z = W_o·h + b_o, ∂L/∂z = p − onehot, ∂L/∂a = W_oᵀ·∂L/∂z ⊙ h(1 − h)."""
    w_h, b_h, w_o, b_o = unpack(params)
    h = sigmoid(w_h @ X + b_h)
    z = w_o @ h + b_o
    p = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
    dz = p - np.eye(2)[LABEL]
    da = (w_o.T @ dz) * h * (1 - h)
    return np.concatenate([np.outer(da, X).ravel(), da, np.outer(dz, h).ravel(), dz])


def main():
    report = Report("WeightDecayTest: one step of gradient descent with an L2 penalty on the 2-2-2 network")
    for literal in [LOSS, PENALTY] + GRADIENT + AFTER_ONE_STEP:
        report.literal_in(SOURCE, literal)

    params = np.array([1.0, 0.0, 0.0, 1.0, 0.5, -0.25, 1.0, -1.0, -1.0, 1.0, 0.25, -0.5])
    is_weight = np.array([1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0], dtype=float)
    gradient = cross_entropy_gradient(params) + L2 * is_weight * params
    after = params - LR * gradient

    report.close("loss: the cross-entropy alone", float(LOSS), cross_entropy(params), 1e-14)
    report.close("penalty (λ/2)·Σw² = 0.05·6 by hand", float(PENALTY), penalty(params), 1e-15)
    report.close("penalty by hand", 0.3, L2 / 2 * 6, 1e-15)
    for i, literal in enumerate(GRADIENT):
        report.close(f"gradient[{i}]", float(literal), gradient[i], 1e-14)
    for i, literal in enumerate(AFTER_ONE_STEP):
        report.close(f"after one step [{i}]", float(literal), after[i], 1e-14)

    # Central differences of cross-entropy + penalty: the same gradient, biases included (they get no λ·b).
    h = 1e-6
    numeric = np.array([(cross_entropy(params + h * e) + penalty(params + h * e)
                         - cross_entropy(params - h * e) - penalty(params - h * e)) / (2 * h) for e in np.eye(12)])
    report.close("largest difference, backward pass + λ·w vs central differences", 0.0,
                 float(np.max(np.abs(numeric - gradient))), 1e-8)
    report.true("the test's biases are not zero, so a decayed bias would show", np.all(params[[4, 5, 10, 11]] != 0))
    report.finish()


if __name__ == "__main__":
    main()
