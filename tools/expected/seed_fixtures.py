#!/usr/bin/env python3
"""The numbers SeedFixturesTest reads off the fixtures' README, re-derived from the files with numpy.

The fixtures (src/test/resources/fixtures) were written by the seed script's protocol. This script reads them with
numpy, regenerates the dataset from that protocol (np.random.seed(0); 10 centres from uniform(−8, 8); 100 points per
centre from centre + standard normal; float32), and evaluates the parameters in float64 with the seed's layout:
hidden = sigmoid(W_h·x + b_h), output = softmax(W_o·hidden + b_o).
"""

import numpy as np

from check import ROOT, TEST, Report

FIXTURES = ROOT / "src/test/resources/fixtures"
SOURCE = TEST / "core/io/SeedFixturesTest.java"

# As written in the test: the first two points (float32 literals), the mean loss and the number right.
FIRST_POINTS = ["2.2750952f", "3.2378716f", "1.0940838f", "2.5889342f"]
LOSS = "0.255548"
CORRECT = "896"


def regenerate():
    """The seed script's data, in the order it draws it."""
    np.random.seed(0)
    centres = np.random.uniform(-8.0, 8.0, size=(10, 2))
    points = [centre + np.random.randn(*centre.shape) for centre in centres for _ in range(100)]
    labels = [label for label in range(10) for _ in range(100)]
    return np.stack(points).astype(np.float32), np.array(labels)


def evaluate(inputs, labels, parameters):
    """Mean cross-entropy and the number of points whose most probable class is their label, in float64."""
    x = inputs.astype(np.float64)
    w_h, b_h, w_o, b_o = (parameters[k].astype(np.float64) for k in ("W_h", "b_h", "W_o", "b_o"))
    hidden = 1 / (1 + np.exp(-(x @ w_h.T + b_h)))
    z = hidden @ w_o.T + b_o
    z_max = z.max(axis=1, keepdims=True)
    log_sum = np.log(np.exp(z - z_max).sum(axis=1)) + z_max[:, 0]
    losses = log_sum - z[np.arange(len(labels)), labels]
    return losses.mean(), int((z.argmax(axis=1) == labels).sum())


def main():
    report = Report("SeedFixturesTest: the numpy fixtures and the numbers of their README")
    for literal in FIRST_POINTS + [LOSS, CORRECT]:
        report.literal_in(SOURCE, literal)

    with np.load(FIXTURES / "ch2_dataset.npz") as deflated, np.load(FIXTURES / "ch2_dataset_stored.npz") as stored:
        report.true("ch2_dataset.npz holds inputs, then labels", list(deflated.keys()) == ["inputs", "labels"])
        inputs, labels = deflated["inputs"], deflated["labels"]
        report.true(f"inputs float32 (1000, 2): {inputs.dtype} {inputs.shape}",
                    inputs.dtype == np.float32 and inputs.shape == (1000, 2))
        report.true(f"labels int64 (1000,): {labels.dtype} {labels.shape}",
                    labels.dtype == np.int64 and labels.shape == (1000,))
        report.true("10 classes", len(np.unique(labels)) == 10)
        report.true("the stored file holds identical arrays",
                    all(np.array_equal(deflated[k], stored[k]) and deflated[k].dtype == stored[k].dtype
                        for k in ("inputs", "labels")))
    expected_points = np.array([float(p.rstrip("f")) for p in FIRST_POINTS], dtype=np.float32)
    report.true(f"first two points {inputs[:2].ravel().tolist()}", np.array_equal(inputs[:2].ravel(), expected_points))

    again_inputs, again_labels = regenerate()
    report.true("the seed protocol with np.random.seed(0) regenerates the dataset bit for bit",
                np.array_equal(again_inputs, inputs) and np.array_equal(again_labels, labels))

    with np.load(FIXTURES / "ch2_parameters.npz") as parameters:
        report.true("ch2_parameters.npz holds W_h, b_h, W_o, b_o",
                    list(parameters.keys()) == ["W_h", "b_h", "W_o", "b_o"])
        shapes = {k: parameters[k].shape for k in parameters.keys()}
        report.true(f"shapes {shapes}", shapes == {"W_h": (128, 2), "b_h": (128,), "W_o": (10, 128), "b_o": (10,)})
        loss, correct = evaluate(inputs, labels, parameters)
    report.close("mean cross-entropy", float(LOSS), loss, 5e-7)
    report.close("points classified right", int(CORRECT), correct, 0)
    report.note(f"accuracy {100 * correct / len(labels):.2f} %, loss {loss:.9f}")
    report.finish()


if __name__ == "__main__":
    main()
