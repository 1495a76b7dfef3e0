#!/usr/bin/env python3
"""The 2-2-2 sigmoid network of HandComputedNetworkTest, and its huge-logit cases.

The example: W_h = I, b_h = 0, W_o = [[1, −1], [−1, 1]], b_o = 0, the point x = (1, 2) with label 0. The literals
are re-derived twice: from the closed forms in the test's Javadoc, and by a plain matrix forward and backward pass
(softmax cross-entropy, ∂L/∂z = p − onehot) that does not use those closed forms.
"""

import numpy as np

from check import TEST, Report

SOURCE = TEST / "core/nn/HandComputedNetworkTest.java"

# As written in the test.
LOSS = "0.8540548437172737"
P1 = "0.5743146598208011"
DA0 = "-0.22583423111258338"
DA1 = "0.12059871056876224"


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def closed_forms():
    """h = (σ(1), σ(2)), d = h₀ − h₁, p₁ = σ(−2d), loss = ln(1 + e^(−2d)), ∂L/∂a_j = ∂L/∂h_j·h_j(1 − h_j)."""
    h0, h1 = sigmoid(1.0), sigmoid(2.0)
    d = h0 - h1
    p1 = 1 / (1 + np.exp(2 * d))
    return {"loss": np.log(1 + np.exp(-2 * d)), "p1": p1,
            "da0": -2 * p1 * h0 * (1 - h0), "da1": 2 * p1 * h1 * (1 - h1)}


def forward_backward(w_h, b_h, w_o, b_o, x, label):
    """One point through h = σ(W_h·x + b_h), z = W_o·h + b_o, p = softmax(z); the loss and every gradient."""
    h = sigmoid(w_h @ x + b_h)
    z = w_o @ h + b_o
    p = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
    loss = -np.log(p[label])
    dz = p - np.eye(len(z))[label]
    da = (w_o.T @ dz) * h * (1 - h)
    gradient = np.concatenate([np.outer(da, x).ravel(), da, np.outer(dz, h).ravel(), dz])
    return loss, p, da, gradient


def stable_loss(z, label):
    """−log softmax(z)[label] as log Σ e^(z − max z) − (z_label − max z): no exponential overflows."""
    m = z.max()
    return np.log(np.exp(z - m).sum()) - (z[label] - m)


def main():
    report = Report("HandComputedNetworkTest: the 2-2-2 example and huge logits")
    for literal in (LOSS, P1, DA0, DA1):
        report.literal_in(SOURCE, literal)

    closed = closed_forms()
    loss, p, da, gradient = forward_backward(np.eye(2), np.zeros(2), np.array([[1.0, -1.0], [-1.0, 1.0]]),
                                             np.zeros(2), np.array([1.0, 2.0]), 0)
    report.close("loss (closed form)", float(LOSS), closed["loss"], 1e-15)
    report.close("loss (forward pass)", float(LOSS), loss, 1e-15)
    report.close("p1 (closed form)", float(P1), closed["p1"], 1e-15)
    report.close("p1 (forward pass)", float(P1), p[1], 1e-15)
    report.close("dL/da0 (closed form)", float(DA0), closed["da0"], 1e-15)
    report.close("dL/da0 (backward pass)", float(DA0), da[0], 1e-15)
    report.close("dL/da1 (closed form)", float(DA1), closed["da1"], 1e-15)
    report.close("dL/da1 (backward pass)", float(DA1), da[1], 1e-15)

    # The test assembles its GRADIENT from the literals; check that assembly against the backward pass.
    h0, h1, p1, da0, da1 = sigmoid(1.0), sigmoid(2.0), float(P1), float(DA0), float(DA1)
    assembled = [da0, 2 * da0, da1, 2 * da1, da0, da1, -p1 * h0, -p1 * h1, p1 * h0, p1 * h1, -p1, p1]
    report.close("largest gradient difference, test's layout vs backward pass", 0.0,
                 float(np.max(np.abs(np.array(assembled) - gradient))), 1e-14)
    report.true("p0 < p1: the point is misclassified (kernel.correct() == 0)", p[0] < p[1])

    # W_o = 0, b_o = (1000, 0, −1000): the logits are b_o, and the loss of label c is 1000 − z_c.
    z = np.array([1000.0, 0.0, -1000.0])
    for label, expected in enumerate([0.0, 1000.0, 2000.0]):
        report.close(f"huge logits, loss of label {label}", expected, stable_loss(z, label), 1e-12)
    report.close("logits ±1e30, loss of label 1", 2e30, stable_loss(np.array([1e30, -1e30, 0.0]), 1), 2e30 * 1e-12)
    z = np.array([0.0, 800.0, 0.0])
    report.true("b_o = (0, 800, 0) gives probabilities exactly (0, 1, 0)",
                list(np.exp(z - z.max()) / np.exp(z - z.max()).sum()) == [0.0, 1.0, 0.0])
    report.finish()


if __name__ == "__main__":
    main()
