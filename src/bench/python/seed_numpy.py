#!/usr/bin/env python3
"""The seed protocol in numpy float32 on one thread: the yardstick for `java -jar target/descent-lab.jar train`.

The seed script (lecture note 000) trains a 2-128-10 network (sigmoid hidden layer, softmax output, sparse
categorical cross-entropy) with Adam (lr 0.001, β1 0.9, β2 0.999, ε 1e-7 as Keras has it) on ten Gaussian clusters
of 100 points, shuffled batches of 32, 1000 epochs, and prints one line per epoch. This is the same protocol written
the way a careful numpy user would: float32 throughout, matrix products through BLAS, every parameter in one flat
vector so that Adam's update is a handful of whole-array operations, buffers reused where numpy allows it.

It is not bit-equal to the Java run (numpy's own random data and Glorot draw, BLAS summation order); it does the same
arithmetic on the same sizes. Run it single-threaded, as compare_numpy.py does:

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 python3 src/bench/python/seed_numpy.py

Options: --epochs E (default 1000), --quiet (no epoch lines; the last one is still printed).
"""

import argparse
import sys

import numpy as np

HIDDEN, CLASSES, PER_CLUSTER, BATCH = 128, 10, 100, 32
LR, BETA1, BETA2, EPS = 0.001, 0.9, 0.999, 1e-7


def seed_data():
    """The seed script's data: np.random.seed(0), ten centres uniform in [−8, 8]², 100 standard normal points each."""
    np.random.seed(0)
    centres = np.random.uniform(-8.0, 8.0, size=(CLASSES, 2))
    points, labels = [], []
    for label, centre in enumerate(centres):
        for _ in range(PER_CLUSTER):
            points.append(centre + np.random.randn(*centre.shape))
            labels.append(label)
    return np.stack(points).astype(np.float32), np.array(labels)


class Network:
    """W_h (2×H), b_h, W_o (H×K), b_o as views of one float32 vector; the gradient has the same layout."""

    def __init__(self, rng):
        sizes = [2 * HIDDEN, HIDDEN, HIDDEN * CLASSES, CLASSES]
        self.flat = np.zeros(sum(sizes), dtype=np.float32)
        self.grad = np.zeros_like(self.flat)
        self.w_h, self.b_h, self.w_o, self.b_o = self._views(self.flat, sizes)
        self.g_w_h, self.g_b_h, self.g_w_o, self.g_b_o = self._views(self.grad, sizes)
        limit_h = np.sqrt(6 / (2 + HIDDEN))
        limit_o = np.sqrt(6 / (HIDDEN + CLASSES))
        self.w_h[:] = rng.uniform(-limit_h, limit_h, size=(2, HIDDEN))
        self.w_o[:] = rng.uniform(-limit_o, limit_o, size=(HIDDEN, CLASSES))

    @staticmethod
    def _views(vector, sizes):
        shapes = [(2, HIDDEN), (HIDDEN,), (HIDDEN, CLASSES), (CLASSES,)]
        views, start = [], 0
        for size, shape in zip(sizes, shapes):
            views.append(vector[start:start + size].reshape(shape))
            start += size
        return views

    def step(self, x, y):
        """Forward, summed loss and hits, backward into self.grad; returns (loss sum, hits)."""
        h = x @ self.w_h
        h += self.b_h
        # σ(a) = 1 / (1 + e^(−a)), in place.
        np.negative(h, out=h)
        np.exp(h, out=h)
        h += 1
        np.reciprocal(h, out=h)
        z = h @ self.w_o
        z += self.b_o
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        total = e.sum(axis=1, keepdims=True)
        rows = np.arange(len(y))
        loss = float(np.sum(np.log(total[:, 0]) - z[rows, y]))
        hits = int(np.count_nonzero(z.argmax(axis=1) == y))
        # ∂(mean loss)/∂z = (softmax − one-hot) / B.
        e /= total
        e[rows, y] -= 1
        e *= np.float32(1 / len(y))
        np.matmul(h.T, e, out=self.g_w_o)
        np.sum(e, axis=0, out=self.g_b_o)
        da = e @ self.w_o.T
        da *= h
        da *= 1 - h
        np.matmul(x.T, da, out=self.g_w_h)
        np.sum(da, axis=0, out=self.g_b_h)
        return loss, hits


def train(epochs, quiet):
    inputs, labels = seed_data()
    rng = np.random.default_rng(0)
    net = Network(rng)
    m = np.zeros_like(net.flat)
    v = np.zeros_like(net.flat)
    scratch = np.zeros_like(net.flat)
    n, t, line = len(labels), 0, ""
    for epoch in range(1, epochs + 1):
        order = rng.permutation(n)
        loss_sum, hits = 0.0, 0
        for start in range(0, n, BATCH):
            batch = order[start:start + BATCH]
            loss, right = net.step(inputs[batch], labels[batch])
            loss_sum += loss
            hits += right
            t += 1
            g = net.grad
            m *= BETA1
            m += np.float32(1 - BETA1) * g
            np.multiply(g, g, out=scratch)
            scratch *= np.float32(1 - BETA2)
            v *= BETA2
            v += scratch
            # Keras' form: W ← W − η·√(1−β2ᵗ)/(1−β1ᵗ) · m / (√v + ε).
            step = np.float32(LR * np.sqrt(1 - BETA2 ** t) / (1 - BETA1 ** t))
            np.sqrt(v, out=scratch)
            scratch += np.float32(EPS)
            np.divide(m, scratch, out=scratch)
            scratch *= step
            net.flat -= scratch
        line = f"Epoch {epoch}, Loss: {loss_sum / n:.6f}, Accuracy: {100 * hits / n:.6f}"
        if not quiet:
            print(line)
    if quiet:
        print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1000)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    train(args.epochs, args.quiet)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
