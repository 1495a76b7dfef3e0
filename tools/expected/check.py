"""Shared by the scripts in this folder: where the Java sources are, and one way to compare and report.

Every script keeps its own copy of the numbers it checks, next to the computation that re-derives them, and asks
`literal_in` whether each copy still appears in the Java file it came from, so a changed test cannot silently leave
its script behind.
"""

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
TEST = ROOT / "src/test/java/org/descentlab"
MAIN = ROOT / "src/main/java/org/descentlab"


class Report:
    """Prints one line per check and exits with status 1 if any failed."""

    def __init__(self, title):
        self.failures = 0
        self.checks = 0
        print(title)
        print("=" * len(title))

    def literal_in(self, path, literal):
        """Checks that the text `literal` (a number as the Java file spells it) still appears in `path`."""
        found = literal in pathlib.Path(path).read_text(encoding="utf-8")
        self._record(found, f"{literal} is still written in {pathlib.Path(path).name}")

    def close(self, name, expected, actual, tolerance):
        """Checks |expected − actual| ≤ tolerance (the tolerance the Java test uses)."""
        expected, actual = float(expected), float(actual)
        difference = abs(expected - actual)
        ok = difference <= tolerance
        self._record(ok, f"{name}: expected {expected!r}, derived {actual!r}, |diff| {difference:.2e}"
                         f" (tolerance {tolerance:g})")

    def true(self, name, condition):
        self._record(bool(condition), name)

    def note(self, text):
        print(f"       {text}")

    def _record(self, ok, text):
        self.checks += 1
        if not ok:
            self.failures += 1
        print(f"  {'ok  ' if ok else 'FAIL'} {text}")

    def finish(self):
        print(f"{self.checks - self.failures} of {self.checks} checks agree"
              + ("" if self.failures == 0 else f"; {self.failures} MISMATCH(ES)"))
        print()
        sys.exit(1 if self.failures else 0)
