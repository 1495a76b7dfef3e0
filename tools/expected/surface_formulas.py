#!/usr/bin/env python3
"""Values and slopes of the surfaces at the points SurfaceFormulaTest names, from the formulas alone.

The formulas are those of the surfaces' Javadoc (surfaces.py); gradients are complex steps, not the Java code's
hand-derived ones. The two minimum values are found by Newton's method from the textbook locations of the six-hump
camel's global minimum, (0.0898, −0.7126), and from the left dent of the two-valley surface, (−1, 0). How many
minima each surface has is checked by surface_minima.py.
"""

import math

from check import TEST, Report
from surfaces import SURFACES, gradient, newton

SOURCE = TEST / "core/surface/SurfaceFormulaTest.java"
CAMEL_MINIMUM = "-1.0316284534898774"
NONCONVEX_MINIMUM = "-2.0630902517681946"


def f(name, x, y):
    return SURFACES[name](x, y)


def slope(name, x, y, axis):
    return gradient(SURFACES[name], x, y)[axis]


def main():
    report = Report("SurfaceFormulaTest: values and slopes at chosen points")
    report.close("bowl(1, −2)", 5, f("bowl", 1, -2), 0)
    report.close("elongated(1, 1)", 0.1 + 2, f("elongated", 1, 1), 1e-15)
    report.close("nonconvex(0, 0) = −5·e⁻⁵", -5 * math.exp(-5), f("nonconvex", 0, 0), 1e-15)
    report.close("saddle(0, 0)", 1, f("saddle", 0, 0), 0)
    report.close("saddle(0, √2)", 0, f("saddle", 0, math.sqrt(2)), 1e-15)
    report.close("∂saddle/∂y at (0.5, 1)", -1, slope("saddle", 0.5, 1, 1), 0)
    report.close("rosenbrock(0, 0)", 1, f("rosenbrock", 0, 0), 0)
    report.close("rosenbrock(−1, 1)", 4, f("rosenbrock", -1, 1), 0)
    report.close("∂rosenbrock/∂x at (0, 1)", -2, slope("rosenbrock", 0, 1, 0), 0)
    report.close("∂rosenbrock/∂y at (0, 1)", 200, slope("rosenbrock", 0, 1, 1), 0)
    report.close("beale(0, 0)", 1.5 * 1.5 + 2.25 * 2.25 + 2.625 * 2.625, f("beale", 0, 0), 1e-12)
    report.close("∂beale/∂x at (1, 1)", 0, slope("beale", 1, 1, 0), 0)
    report.close("∂beale/∂y at (1, 1)", 2 * 1.5 + 4 * 2.25 + 6 * 2.625, slope("beale", 1, 1, 1), 1e-12)
    report.close("himmelblau(0, 0)", 121 + 49, f("himmelblau", 0, 0), 0)
    report.close("booth(0, 0)", 49 + 25, f("booth", 0, 0), 0)
    report.close("rastrigin(0.5, 0)", 20.25, f("rastrigin", 0.5, 0), 1e-12)
    report.close("ackley(0, 0), formula in its textbook order", 0, f("ackley", 0, 0), 1e-15)
    report.close("camel(1, 1)", 4 - 2.1 + 1 / 3 + 1, f("camel", 1, 1), 1e-12)

    # Ackley's origin is the tip of a cone: no gradient exists there. Its one-sided slopes are ±2√2, so 0, the value
    # the surface defines and the test expects, is the symmetric choice (a subgradient).
    h = 1e-7
    right = (f("ackley", h, 0) - f("ackley", 0, 0)) / h
    left = (f("ackley", 0, 0) - f("ackley", -h, 0)) / h
    report.close("Ackley slope just right of the origin", 2 * math.sqrt(2), right, 1e-5)
    report.close("Ackley slope just left of the origin", -2 * math.sqrt(2), left, 1e-5)
    report.true("0 lies between the one-sided slopes (the defined gradient at the tip)", left < 0 < right)
    # The test's point (1e-300, −1e-300) is not the origin, but x² underflows to 0 in double precision, so r = 0
    # there and the same definition applies. The true gradient there is about (2, −2).
    report.true("(1e-300)² underflows to 0 in double precision, so the test's 0 is the definition at r = 0",
                1e-300 * 1e-300 == 0.0)
    report.note(f"the exact gradient at (1e-300, −1e-300) would be 2·(x, y)/r ≈ (2, −2), not (0, 0): the test checks "
                f"the convention (finite, no NaN), not the slope")

    for literal in (CAMEL_MINIMUM, NONCONVEX_MINIMUM):
        report.literal_in(SOURCE, literal)
    camel = newton(SURFACES["camel"], 0.0898, -0.7126)
    report.close("camel global minimum value, Newton", float(CAMEL_MINIMUM), f("camel", *camel), 1e-12)
    nonconvex = newton(SURFACES["nonconvex"], -1, 0)
    report.close("nonconvex global minimum value, Newton", float(NONCONVEX_MINIMUM), f("nonconvex", *nonconvex),
                 1e-12)
    report.finish()


if __name__ == "__main__":
    main()
