#!/usr/bin/env python3
"""Numbers the typed-formula tests expect, derived again without the Java code.

- FormulaDerivativesTest: f = x^y at (2, 3) and its five derivatives, from the closed forms (x^y)' = y·x^(y−1),
  ∂/∂y = x^y·ln x, …, checked against complex steps; the one-sided slopes behind the conventions at kinks (abs at 0
  lies between −1 and 1, so 0; max(x, y) on its ridge has slopes (1, 0) and (0, 1), so their mean).
- FormulaCommandTest: one gradient-descent step (lr 0.1) on x² + 3y² from the default start (−1.5, 1.5), in double
  precision in the formula's own order (x² + 3·(y²)).
- FormulaSurfaceTest: the three minima of sin(x)·cos(y) + 0.1·(x² + y²) in [−3, 3]² (Newton from a 41 × 41 grid),
  the lowest on the x axis; the saddle of x² − y² + y⁴/4 at the origin; and the lowest 64 × 64 cell centre of
  max(x, y) over [−3, 3]².
"""

import math

import numpy as np

from check import TEST, Report
from surfaces import gradient, is_minimum, newton

DERIVATIVES = TEST / "core/formula/FormulaDerivativesTest.java"
COMMAND = TEST / "cli/FormulaCommandTest.java"
SURFACE = TEST / "core/formula/FormulaSurfaceTest.java"


def power_at_2_3(report):
    x, y = 2.0, 3.0
    l = math.log(x)
    closed = {
        "f": x ** y, "fx": y * x ** (y - 1), "fy": x ** y * l, "fxx": y * (y - 1) * x ** (y - 2),
        "fxy": x ** (y - 1) * (1 + y * l), "fyy": x ** y * l * l,
    }
    f = lambda a, b: a ** b  # noqa: E731
    g = gradient(f, x, y)
    report.close("x^y: ∂f/∂x by complex step", closed["fx"], g[0], 1e-12)
    report.close("x^y: ∂f/∂y by complex step", closed["fy"], g[1], 1e-12)
    h = 1e-6
    gxp, gxm = gradient(f, x + h, y), gradient(f, x - h, y)
    gyp, gym = gradient(f, x, y + h), gradient(f, x, y - h)
    report.close("x^y: ∂²f/∂x² by differences", closed["fxx"], (gxp[0] - gxm[0]) / (2 * h), 1e-6)
    report.close("x^y: ∂²f/∂x∂y by differences", closed["fxy"], (gxp[1] - gxm[1]) / (2 * h), 1e-6)
    report.close("x^y: ∂²f/∂y² by differences", closed["fyy"], (gyp[1] - gym[1]) / (2 * h), 1e-6)
    for name in ("fy", "fxy", "fyy"):
        report.literal_in(DERIVATIVES, repr(closed[name]))


def kinks(report):
    h = 1e-9
    report.true("abs: one-sided slopes at 0 are −1 and 1, so 0 is their middle",
                (abs(0.0) - abs(-h)) / h == -1 and (abs(h) - abs(0.0)) / h == 1)
    right = (max(1 + h, 1) - max(1, 1)) / h
    left = (max(1, 1) - max(1 - h, 1)) / h
    report.true("max(x, y) at (1, 1): ∂/∂x is 1 to the right of the ridge and 0 to its left; mean 0.5 (so for y)",
                abs(right - 1) < 1e-6 and left == 0)


def one_step(report):
    x, y = -1.5, 1.5
    x1 = x - 0.1 * (2 * x)
    y1 = y - 0.1 * (6 * y)
    loss = x1 * x1 + 3 * (y1 * y1)
    row = f"1,{x1!r},{y1!r},{loss!r}"
    report.true(f"one step of gd on x^2 + 3*y^2 prints {row}", row == "1,-1.2,0.6,2.52")
    report.literal_in(COMMAND, '"1,-1.2,0.6,2.52"')


def minima(report):
    f = lambda x, y: np.sin(x) * np.cos(y) + 0.1 * (x * x + y * y)  # noqa: E731
    found = []
    for sx in np.linspace(-3, 3, 41):
        for sy in np.linspace(-3, 3, 41):
            p = newton(f, sx, sy)
            if (p is None or np.max(np.abs(p)) > 3 or np.linalg.norm(gradient(f, *p)) > 1e-9
                    or not is_minimum(f, *p)):
                continue
            if all(np.linalg.norm(p - q) > 1e-6 for q in found):
                found.append(p)
    found.sort(key=lambda p: f(*p).real)
    report.close("sin(x)cos(y) + 0.1(x²+y²): minima in [−3, 3]²", 3, len(found), 0)
    report.close("its global minimum lies on the x axis", 0, found[0][1], 1e-9)
    report.true("the two local ones mirror each other in y",
                abs(found[1][1] + found[2][1]) < 1e-7 and abs(f(*found[1]) - f(*found[2])) < 1e-12)
    report.note(f"global {found[0]}, local {found[1]} and {found[2]}")
    s = lambda x, y: x * x - y * y + y ** 4 / 4  # noqa: E731
    report.true("x² − y² + y⁴/4 has a stationary point at the origin with a negative determinant",
                np.allclose(gradient(s, 0, 0), 0) and np.linalg.det(np.array([[2, 0], [0, -2]])) < 0)
    centres = -3 + (np.arange(64) + 0.5) * 6 / 64
    grid = np.maximum.outer(centres, centres)
    i, j = np.unravel_index(np.argmin(grid), grid.shape)
    report.close("max(x, y): lowest cell centre x", -3 + 3 / 64, centres[i], 0)
    report.close("max(x, y): lowest cell centre y", -3 + 3 / 64, centres[j], 0)
    report.literal_in(SURFACE, "-3 + 3.0 / 64")


def main():
    report = Report("Typed formulas: derivatives, a step, minima")
    power_at_2_3(report)
    kinks(report)
    one_step(report)
    minima(report)
    report.finish()


if __name__ == "__main__":
    main()
