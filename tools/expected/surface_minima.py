#!/usr/bin/env python3
"""The minima the surfaces declare, found again by Newton's method: what SurfaceContractTest checks them against.

The irrational minima (nonconvex, Himmelblau, six-hump camel) are declared in the surface sources to the last digit,
"found with Newton's method in double precision". This script finds them again from the formulas alone (see
surfaces.py), checks each declared point, value and global flag, and, for the surfaces whose Javadoc promises the
complete list, searches the bounds from a grid of starts to show that no minimum is missing. Ackley's minimum is the
tip of a cone, where Newton's method does not apply; it is 0 at the origin by symmetry.
"""

import math

import numpy as np

from check import MAIN, Report
from surfaces import SURFACES, gradient, hessian, is_minimum, newton

SQRT2 = math.sqrt(2)

# The declared minima (x, y, f, global?). Numbers given as text are the irrational ones, spelled as in the source.
DECLARED = {
    "bowl": [(0, 0, 0, True)],
    "elongated": [(0, 0, 0, True)],
    "nonconvex": [("-0.9363006340109187", 0, "-2.0630902517681946", True),
                  ("0.905317899160115", 0, "-1.0927319992017408", False)],
    "saddle": [(0, SQRT2, 0, True), (0, -SQRT2, 0, True)],
    "rosenbrock": [(1, 1, 0, True)],
    "beale": [(3, 0.5, 0, True)],
    "himmelblau": [(3, 2, 0, True),
                   ("-2.805118086952745", "3.131312518250573", 0, True),
                   ("-3.779310253377747", "-3.2831859912861696", 0, True),
                   ("3.5844283403304917", "-1.8481265269644036", 0, True)],
    "booth": [(1, 3, 0, True)],
    "rastrigin": None,  # 121 dimples, built below from the 1-D minima

    "ackley": [(0, 0, 0, True)],
    "camel": [("0.08984201310031807", "-0.7126564030207396", "-1.0316284534898774", True),
              ("-0.08984201310031807", "0.7126564030207396", "-1.0316284534898774", True),
              ("-1.703606714969981", "0.7960835686726251", "-0.2154638243837188", False),
              ("1.703606714969981", "-0.7960835686726251", "-0.2154638243837188", False),
              ("1.6071047529201976", "0.5686514548841313", "2.1042503103112593", False),
              ("-1.6071047529201976", "-0.5686514548841313", "2.1042503103112593", False)],
}
SADDLE_POINTS = {"saddle": [(0, 0)]}



def rastrigin_dimples():
    """The 1-D minima of x² − 10·cos(2πx) + 10 near x = 1 … 5: Newton's method on 2x + 20π·sin(2πx) = 0."""
    dimples = []
    for k in range(1, 6):
        x = float(k)
        for _ in range(50):
            x -= (2 * x + 20 * math.pi * math.sin(2 * math.pi * x)) / (2 + 40 * math.pi ** 2 * math.cos(2 * math.pi * x))
        dimples.append(x)
    return dimples


DIMPLES = rastrigin_dimples()
_COORDINATES = [-d for d in reversed(DIMPLES)] + [0.0] + DIMPLES


def _rastrigin_1d(x):
    return x * x - 10 * math.cos(2 * math.pi * x) + 10


DECLARED["rastrigin"] = [(x, y, _rastrigin_1d(x) + _rastrigin_1d(y), x == 0 and y == 0)
                         for x in _COORDINATES for y in _COORDINATES]

# Surfaces whose Javadoc lists every minimum, and their bounds (xMin, xMax, yMin, yMax).
COMPLETE = {"nonconvex": (-2, 2, -2, 2), "saddle": (-2, 2, -2, 2), "himmelblau": (-5, 5, -5, 5),
            "camel": (-2, 2, -1, 1)}

SOURCE_FILES = {"nonconvex": "NonConvex", "himmelblau": "Himmelblau", "camel": "SixHumpCamel",
                "rastrigin": "Rastrigin"}


def check_declared(report, name, f):
    source = MAIN / f"core/surface/{SOURCE_FILES.get(name, '')}.java"
    lowest = min(float(m[2]) for m in DECLARED[name])
    for x, y, value, is_global in DECLARED[name]:
        for literal in (x, y, value):
            if isinstance(literal, str):
                report.literal_in(source, literal.lstrip("-"))
        x, y, value = float(x), float(y), float(value)
        report.close(f"{name} f{(x, y)}", value, f(x, y), 1e-12)
        report.true(f"{name} global flag of {(x, y)} is {is_global}", is_global == (value <= lowest + 1e-12))
        if name == "ackley":
            continue
        report.true(f"{name} Hessian at {(x, y)} is positive definite", is_minimum(f, x, y))
        found = newton(f, x + 1e-3, y - 1e-3)
        report.close(f"{name} Newton from 1e-3 away, x", x, found[0], 1e-12)
        report.close(f"{name} Newton from 1e-3 away, y", y, found[1], 1e-12)


def check_complete(report, name, f):
    x_min, x_max, y_min, y_max = COMPLETE[name]
    minima = []
    for x0 in np.linspace(x_min, x_max, 21):
        for y0 in np.linspace(y_min, y_max, 21):
            p = newton(f, x0, y0)
            inside = p is not None and x_min <= p[0] <= x_max and y_min <= p[1] <= y_max
            if inside and np.linalg.norm(gradient(f, *p)) < 1e-8 and is_minimum(f, *p):
                if all(np.linalg.norm(p - q) > 1e-6 for q in minima):
                    minima.append(p)
    declared = [np.array([float(m[0]), float(m[1])]) for m in DECLARED[name]]
    report.true(f"{name}: a grid of Newton starts finds {len(minima)} minima in the bounds, "
                f"{len(declared)} declared", len(minima) == len(declared))
    for p in minima:
        nearest = min(np.linalg.norm(p - q) for q in declared)
        report.close(f"{name}: found minimum {tuple(float(c) for c in p)} is a declared one, distance", 0, nearest,
                     1e-12)


def main():
    report = Report("SurfaceContractTest: the declared minima, found again by Newton's method")
    source = MAIN / "core/surface/Rastrigin.java"
    for d in DIMPLES:
        report.literal_in(source, repr(d))
    for name, f in SURFACES.items():
        check_declared(report, name, f)
    for name in COMPLETE:
        check_complete(report, name, SURFACES[name])
    for name, points in SADDLE_POINTS.items():
        for x, y in points:
            f = SURFACES[name]
            report.close(f"{name}: gradient at the declared saddle {(x, y)}", 0, np.linalg.norm(gradient(f, x, y)),
                         1e-12)
            report.true(f"{name}: Hessian at {(x, y)} has eigenvalues of both signs",
                        np.linalg.det(hessian(f, x, y)) < 0)
    report.finish()


if __name__ == "__main__":
    main()
