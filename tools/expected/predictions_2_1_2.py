"""Re-derives PredictionsTest's 2-1-2 example: h = sigmoid(10 x), logits (5 - 10 h, 10 h - 5).

Class 1 wins exactly where h > 1/2, i.e. x > 0. Points (-1, 0) label 0, (2, 5) label 1, (3, -4) label 0:
predictions 0, 1, 1 (one wrong). Prints the mean cross-entropy the test expects.
"""
import math

points = [((-1.0, 0.0), 0), ((2.0, 5.0), 1), ((3.0, -4.0), 0)]
total = 0.0
for (x, _y), label in points:
    h = 1.0 / (1.0 + math.exp(-10.0 * x))
    z = [5.0 - 10.0 * h, 10.0 * h - 5.0]
    m = max(z)
    log_sum = m + math.log(sum(math.exp(v - m) for v in z))
    total += log_sum - z[label]
print(repr(total / len(points)))
