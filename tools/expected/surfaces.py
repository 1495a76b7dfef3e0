"""The loss surfaces as their Javadoc states them, and Newton's method on them.

Only the values are written here. Gradients come from the complex step, ∂f/∂x ≈ Im f(x + ih, y)/h with h = 1e-30,
which is exact to rounding (no difference is taken, so nothing cancels) and needs no derivative worked out by hand:
the Java surfaces' analytic gradients are not reused. The Hessian is a central difference of that gradient, enough
for Newton's method to converge to the last digit, since the gradient decides where it stops.
"""

import numpy as np

TWO_PI = 2 * np.pi


def bowl(x, y):
    return x * x + y * y


def elongated(x, y):
    return 0.1 * x * x + 2 * y * y


def nonconvex(x, y):
    return (x * x + y * y - 2 * np.exp(-((x - 1) ** 2 + y * y) / 0.2) - 3 * np.exp(-((x + 1) ** 2 + y * y) / 0.2))


def saddle(x, y):
    return x * x - y * y + y ** 4 / 4 + 1


def rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def beale(x, y):
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y ** 2) ** 2 + (2.625 - x + x * y ** 3) ** 2


def himmelblau(x, y):
    return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2


def booth(x, y):
    return (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2


def rastrigin(x, y):
    return 20 + x * x - 10 * np.cos(TWO_PI * x) + y * y - 10 * np.cos(TWO_PI * y)


def ackley(x, y):
    radial = -20 * np.exp(-0.2 * np.sqrt(0.5 * (x * x + y * y)))
    return radial - np.exp(0.5 * (np.cos(TWO_PI * x) + np.cos(TWO_PI * y))) + np.e + 20


def camel(x, y):
    return (4 - 2.1 * x * x + x ** 4 / 3) * x * x + x * y + (-4 + 4 * y * y) * y * y


SURFACES = {
    "bowl": bowl, "elongated": elongated, "nonconvex": nonconvex, "saddle": saddle, "rosenbrock": rosenbrock,
    "beale": beale, "himmelblau": himmelblau, "booth": booth, "rastrigin": rastrigin, "ackley": ackley,
    "camel": camel,
}


def gradient(f, x, y):
    """(∂f/∂x, ∂f/∂y) by the complex step."""
    h = 1e-30
    return np.array([f(complex(x, h), y).imag / h, f(x, complex(y, h)).imag / h])


def hessian(f, x, y):
    """Central differences of the complex-step gradient, symmetrised."""
    h = 1e-5
    gx = (gradient(f, x + h, y) - gradient(f, x - h, y)) / (2 * h)
    gy = (gradient(f, x, y + h) - gradient(f, x, y - h)) / (2 * h)
    off = (gx[1] + gy[0]) / 2
    return np.array([[gx[0], off], [off, gy[1]]])


def newton(f, x, y, iterations=60):
    """Newton's method on ∇f = 0 from (x, y); returns the point, or None if it ran off or met a flat Hessian."""
    point = np.array([x, y], dtype=float)
    for _ in range(iterations):
        h = hessian(f, *point)
        if not np.all(np.isfinite(h)) or abs(np.linalg.det(h)) < 1e-12:
            return None
        step = np.linalg.solve(h, gradient(f, *point))
        point = point - step
        if not np.all(np.isfinite(point)) or np.max(np.abs(point)) > 1e6:
            return None
        if np.linalg.norm(step) <= 1e-16 * (1 + np.linalg.norm(point)):
            break
    return point


def is_minimum(f, x, y):
    """Whether the Hessian at (x, y) is positive definite."""
    h = hessian(f, x, y)
    return h[0, 0] > 0 and np.linalg.det(h) > 0
