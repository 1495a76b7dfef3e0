#!/usr/bin/env python3
"""The first two steps of every optimizer on the bowl f = x² + y² from (1.5, −0.5), at default hyperparameters.

Re-derives the table of OptimizerHandComputedTest from the update rules as the optimizers' Javadoc states them
(the notes' notation, the cited papers, PyTorch's documented forms), written here from those statements rather than
from the Java code. The defaults are those the optimizers declare. The table's numbers are read from the test itself.
"""

import re

import numpy as np

from check import TEST, Report

SOURCE = TEST / "core/optim/OptimizerHandComputedTest.java"


def gradient(w):
    """∇(x² + y²) = (2x, 2y)."""
    return 2 * w


def gd(lr=0.01):
    """W ← W − η·∇f(W)."""
    def step(w, t):
        return w - lr * gradient(w)
    return step


def momentum(lr=0.01, mu=0.9):
    """v ← μ·v − η·g; W ← W + v (Polyak)."""
    v = np.zeros(2)

    def step(w, t):
        nonlocal v
        v = mu * v - lr * gradient(w)
        return w + v
    return step


def nag(lr=0.01, mu=0.9):
    """v ← μ·v − η·∇f(W + μ·v); W ← W + v (the look-ahead form of Sutskever et al.)."""
    v = np.zeros(2)

    def step(w, t):
        nonlocal v
        v = mu * v - lr * gradient(w + mu * v)
        return w + v
    return step


def adagrad(lr=0.1, eps=1e-10, initial=0.0):
    """G ← G + g²; W ← W − η·g/(√G + ε)."""
    big_g = np.full(2, initial)

    def step(w, t):
        nonlocal big_g
        g = gradient(w)
        big_g = big_g + g * g
        return w - lr * g / (np.sqrt(big_g) + eps)
    return step


def rmsprop(lr=0.01, rho=0.9, eps=1e-8):
    """s ← ρ·s + (1−ρ)·g²; W ← W − η·g/(√s + ε)."""
    s = np.zeros(2)

    def step(w, t):
        nonlocal s
        g = gradient(w)
        s = rho * s + (1 - rho) * g * g
        return w - lr * g / (np.sqrt(s) + eps)
    return step


def adadelta(lr=1.0, rho=0.9, eps=1e-6):
    """s ← ρ·s + (1−ρ)·g²; Δ ← √(u+ε)/√(s+ε)·g; u ← ρ·u + (1−ρ)·Δ²; W ← W − η·Δ (Zeiler, η as in PyTorch)."""
    s = np.zeros(2)
    u = np.zeros(2)

    def step(w, t):
        nonlocal s, u
        g = gradient(w)
        s = rho * s + (1 - rho) * g * g
        delta = np.sqrt(u + eps) / np.sqrt(s + eps) * g
        u = rho * u + (1 - rho) * delta * delta
        return w - lr * delta
    return step


def adam(lr=0.001, b1=0.9, b2=0.999, eps=1e-8, amsgrad=False, weight_decay=0.0):
    """m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; W ← W − η·m̂/(√v̂ + ε) with m̂ = m/(1−β1ᵗ), v̂ = v/(1−β2ᵗ).

    AMSGrad (PyTorch's form): v̂ = max over the steps of the uncorrected v, then divided by (1−β2ᵗ).
    AdamW: W ← W − η·λ·W first, with g taken before that decay.
    """
    m = np.zeros(2)
    v = np.zeros(2)
    v_max = np.zeros(2)

    def step(w, t):
        nonlocal m, v, v_max
        g = gradient(w)
        w = w - lr * weight_decay * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        v_max = np.maximum(v_max, v)
        second = v_max if amsgrad else v
        return w - lr * (m / (1 - b1 ** t)) / (np.sqrt(second / (1 - b2 ** t)) + eps)
    return step


def adamax(lr=0.002, b1=0.9, b2=0.999, eps=1e-8):
    """m ← β1·m + (1−β1)·g; u ← max(β2·u, |g| + ε); W ← W − η/(1−β1ᵗ)·m/u (Kingma and Ba §7.1, ε as in PyTorch)."""
    m = np.zeros(2)
    u = np.zeros(2)

    def step(w, t):
        nonlocal m, u
        g = gradient(w)
        m = b1 * m + (1 - b1) * g
        u = np.maximum(b2 * u, np.abs(g) + eps)
        return w - lr / (1 - b1 ** t) * m / u
    return step


def nadam(lr=0.002, b1=0.9, b2=0.999, eps=1e-8, psi=0.004):
    """PyTorch's NAdam: μₜ = β1·(1 − ½·0.96^(tψ)); m̂ = μₜ₊₁·m/(1 − ∏₁ᵗ⁺¹μ) + (1−μₜ)·g/(1 − ∏₁ᵗμ); v̂ = v/(1−β2ᵗ)."""
    m = np.zeros(2)
    v = np.zeros(2)
    mus = []

    def mu(t):
        return b1 * (1 - 0.5 * 0.96 ** (t * psi))

    def step(w, t):
        nonlocal m, v
        g = gradient(w)
        mus.append(mu(t))
        product = np.prod(mus)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        m_hat = mu(t + 1) * m / (1 - product * mu(t + 1)) + (1 - mu(t)) * g / (1 - product)
        return w - lr * m_hat / (np.sqrt(v / (1 - b2 ** t)) + eps)
    return step


OPTIMIZERS = {
    "gd": gd, "momentum": momentum, "nag": nag, "adagrad": adagrad, "rmsprop": rmsprop, "adadelta": adadelta,
    "adam": adam, "amsgrad": lambda: adam(amsgrad=True), "adamw": lambda: adam(weight_decay=0.01),
    "adamax": adamax, "nadam": nadam,
}


def table():
    """The rows of the test's @CsvSource: id, x₁, y₁, x₂, y₂."""
    text = SOURCE.read_text(encoding="utf-8")
    rows = re.findall(r'^\s*"(\w+),\s*([^,]+),\s*([^,]+),\s*([^,]+),\s*([^"]+)",?$', text, re.MULTILINE)
    return {row[0]: [float(n) for n in row[1:]] for row in rows}


def main():
    report = Report("OptimizerHandComputedTest: first two steps on x² + y² from (1.5, −0.5)")
    expected = table()
    report.true(f"the test's table has a row for each of the {len(OPTIMIZERS)} optimizers",
                sorted(expected) == sorted(OPTIMIZERS))
    for name, make in OPTIMIZERS.items():
        step = make()
        w1 = step(np.array([1.5, -0.5]), 1)
        w2 = step(w1, 2)
        derived = [w1[0], w1[1], w2[0], w2[1]]
        for label, e, d in zip(["x1", "y1", "x2", "y2"], expected.get(name, [np.nan] * 4), derived):
            report.close(f"{name} {label}", e, float(d), 1e-14)
    report.finish()


if __name__ == "__main__":
    main()
