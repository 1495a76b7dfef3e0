"""java.util.Random, bit for bit, as its Javadoc specifies it: a 48-bit linear congruential generator.

Needed to rebuild the data, the initial weights and the shuffles that the Java code draws from seeded Randoms.
"""

import math

_MULTIPLIER = 0x5DEECE66D
_ADDEND = 0xB
_MASK = (1 << 48) - 1


class JavaRandom:
    def __init__(self, seed):
        self._seed = (seed ^ _MULTIPLIER) & _MASK
        self._next_gaussian = None

    def _next(self, bits):
        self._seed = (self._seed * _MULTIPLIER + _ADDEND) & _MASK
        value = self._seed >> (48 - bits)
        return value - (1 << 32) if value >= 1 << 31 else value  # Java's int is signed

    def next_double(self):
        return ((self._next(26) << 27) + self._next(27)) * 2.0 ** -53

    def next_int(self, bound):
        """Uniform in [0, bound), rejecting the draws that would bias the remainder."""
        if bound & -bound == bound:
            return (bound * self._next(31)) >> 31
        while True:
            bits = self._next(31)
            value = bits % bound
            if bits - value + (bound - 1) < 1 << 31:
                return value

    def next_gaussian(self):
        """Marsaglia's polar method, keeping the second value for the next call, as Random.nextGaussian does."""
        if self._next_gaussian is not None:
            value, self._next_gaussian = self._next_gaussian, None
            return value
        while True:
            v1 = 2 * self.next_double() - 1
            v2 = 2 * self.next_double() - 1
            s = v1 * v1 + v2 * v2
            if 0 < s < 1:
                break
        # Java uses StrictMath (fdlibm); libm's log and sqrt may differ in the last bit, which the float32 rounding
        # of the coordinates almost always hides.
        multiplier = math.sqrt(-2 * math.log(s) / s)
        self._next_gaussian = v2 * multiplier
        return v1 * multiplier
