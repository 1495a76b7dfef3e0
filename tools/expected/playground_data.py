"""PlaygroundData's pictures rebuilt from the definitions in its Javadoc, for core/nn/PlaygroundDataTest.

Draws from a port of java.util.Random (java_random.py) in the documented order: for each point (class 0's, then
class 1's) the shape's draws, then two Gaussians for the noise; coordinates rounded to float32. Compares the first
and last point of each kind (seed 7, 50 points per class, noise σ 0.3) with the numbers the test pins, and checks
that every noiseless point lies on its shape.
"""

import math

import numpy as np

from check import Report, TEST
from java_random import JavaRandom

TEST_FILE = TEST / "core/nn/PlaygroundDataTest.java"
R, TURNS, MARGIN, DISC, RING, MOON = 10.0, 1.75, 0.6, 5.0, 7.0, 20.0 / 3.0


def shape(kind, label, rnd):
    if kind == "spiral":
        t = rnd.next_double()
        angle = TURNS * 2 * math.pi * t + label * math.pi
        return R * t * math.sin(angle), R * t * math.cos(angle)
    if kind == "xor":
        x = -R + 2 * R * rnd.next_double()
        x += MARGIN if x >= 0 else -MARGIN
        size = R * rnd.next_double() + MARGIN
        return x, (size if (x > 0) == (label == 0) else -size)
    if kind == "circles":
        u, v = rnd.next_double(), rnd.next_double()
        r = DISC * u if label == 0 else RING + (R - RING) * u
        return r * math.sin(2 * math.pi * v), r * math.cos(2 * math.pi * v)
    theta = math.pi * rnd.next_double()
    x = math.cos(theta) if label == 0 else 1 - math.cos(theta)
    y = math.sin(theta) if label == 0 else 0.5 - math.sin(theta)
    return MOON * (x - 0.5), MOON * (y - 0.25)


def generate(kind, n, noise, seed):
    rnd = JavaRandom(seed)
    points = np.zeros((2 * n, 2), dtype=np.float32)
    clean = np.zeros((2 * n, 2))
    for i in range(2 * n):
        cx, cy = shape(kind, i // n, rnd)
        clean[i] = cx, cy
        points[i] = np.float32(cx + noise * rnd.next_gaussian()), np.float32(cy + noise * rnd.next_gaussian())
    return points, clean


def on_shape(kind, label, x, y):
    """The distance of a noiseless point from its shape, from the shape's equation (not its parametrisation)."""
    r = math.hypot(x, y)
    if kind == "spiral":
        t = r / R
        angle = TURNS * 2 * math.pi * t + label * math.pi
        return math.hypot(x - r * math.sin(angle), y - r * math.cos(angle))
    if kind == "xor":
        right = (x * y > 0) == (label == 0) and MARGIN <= abs(x) <= R + MARGIN and MARGIN <= abs(y) <= R + MARGIN
        return 0.0 if right else 1.0
    if kind == "circles":
        low, high = (0, DISC) if label == 0 else (RING, R)
        return max(0.0, low - r, r - high)
    u, v = x / MOON + 0.5, y / MOON + 0.25
    cx, cy = (0.0, 0.0) if label == 0 else (1.0, 0.5)
    side = v >= -1e-9 if label == 0 else v <= 0.5 + 1e-9
    return abs(math.hypot(u - cx, v - cy) - 1) if side else 1.0


report = Report("PlaygroundData: first and last points, seed 7, 50 per class, noise 0.3")
for kind in ("spiral", "xor", "circles", "moons"):
    points, _ = generate(kind, 50, 0.3, 7)
    for name, i in (("first", 0), ("last", 99)):
        for axis in (0, 1):
            value = float(points[i, axis])
            report.note(f"{kind} {name} {'xy'[axis]} = {str(np.float32(value))}f")
            report.literal_in(TEST_FILE, f"{str(np.float32(value))}f")
    clean, _ = generate(kind, 200, 0.0, 3)
    worst = max(on_shape(kind, i // 200, float(x), float(y)) for i, (x, y) in enumerate(clean))
    report.true(f"{kind}: 400 noiseless points lie on their shape (worst distance {worst:.1e})", worst < 1e-4)
report.finish()
