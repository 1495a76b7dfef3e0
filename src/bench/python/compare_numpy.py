#!/usr/bin/env python3
"""Times the seed run as a whole process, the app's against numpy float32's, alternately, and prints the ratio.

    python3 src/bench/python/compare_numpy.py [--runs 7] [--jar target/descent-lab.jar ...] [--java java]

Each round runs `python3 seed_numpy.py` (single-threaded: OMP/OPENBLAS/MKL_NUM_THREADS=1) and
`java -jar JAR train` (the seed run: 1000 epochs of Adam, batch 32, 2-128-10 sigmoid), in alternating order so
that both meet the same machine, each with its 1000 epoch lines written to a pipe that is read and dropped. It
prints each round's wall-clock times and their ratio java / numpy, then the min / median / max of the ratios, and
the load average before and after (the 1-minute figure is what to compare with other measurements). Several --jar
(say the jar before and after a change) are each timed in every round, against the same numpy run. Needs Python 3
and numpy; nothing in the build or the tests runs it.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SINGLE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                 "VECLIB_MAXIMUM_THREADS": "1", "NUMEXPR_NUM_THREADS": "1"}


def timed(command, env):
    """Wall-clock seconds of the whole process, and its last output line."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(map(str, command))} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    lines = done.stdout.decode().strip().splitlines()
    return seconds, lines[-1] if lines else ""


def load():
    return "load %.2f %.2f %.2f" % os.getloadavg()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("--jar", action="append", help="the jar to time (repeatable; default target/descent-lab.jar)")
    parser.add_argument("--java", default="java")
    args = parser.parse_args()
    jars = args.jar or [str(ROOT / "target/descent-lab.jar")]
    for jar in jars:
        if not Path(jar).is_file():
            sys.exit(f"no jar at {jar}: build it first (mvn -o package -DskipTests)")
    env = dict(os.environ, **SINGLE_THREAD)
    numpy_run = [sys.executable, str(HERE / "seed_numpy.py")]
    print(f"before: {load()}")
    ratios = {jar: [] for jar in jars}
    last = {}
    for i in range(args.runs):
        # Alternate who goes first, so that neither always meets the machine as the other left it.
        order = ["numpy"] + jars if i % 2 == 0 else jars[::-1] + ["numpy"]
        times = {}
        for who in order:
            command = numpy_run if who == "numpy" else [args.java, "-jar", who, "train"]
            times[who], last[who] = timed(command, env)
        parts = [f"numpy {times['numpy']:.2f} s"]
        for jar in jars:
            ratios[jar].append(times[jar] / times["numpy"])
            name = Path(jar).name if len(jars) > 1 else "java"
            parts.append(f"{name} {times[jar]:.2f} s (ratio {times[jar] / times['numpy']:.3f})")
        print(f"round {i + 1}: " + ", ".join(parts) + f"   ({load()})", flush=True)
    for who, line in last.items():
        print(f"{'numpy' if who == 'numpy' else Path(who).name}'s last line: {line}")
    for jar in jars:
        r = ratios[jar]
        print(f"ratio java / numpy for {jar} over {args.runs} rounds: min {min(r):.3f}, "
              f"median {statistics.median(r):.3f}, max {max(r):.3f}")
    print(f"after: {load()}")


if __name__ == "__main__":
    main()
