package org.descentlab.core.io;

import java.nio.file.Path;

/** Checks the seed-format mappers share: an array's kind of values and its shape, failing with one sentence. */
final class ArrayRules {

    /** Marks an axis whose size is not checked. */
    static final int ANY = -1;

    private ArrayRules() {
    }

    /** Requires float32 or float64 values. */
    static void requireFloats(Path file, String name, NpyArray array) throws NumpyFileException {
        if (!array.type().isFloat()) {
            throw new NumpyFileException(file, "'" + name + "' has dtype " + array.type().descr()
                    + "; expected floats (float32 or float64)");
        }
    }

    /** Requires int32 or int64 values. */
    static void requireIntegers(Path file, String name, NpyArray array) throws NumpyFileException {
        if (array.type().isFloat()) {
            throw new NumpyFileException(file, "'" + name + "' has dtype " + array.type().descr()
                    + "; expected integers (int32 or int64)");
        }
    }

    /**
     * Requires the shape {@code sizes}, where {@link #ANY} matches any size.
     *
     * @param expected the expected shape as the message should show it, e.g. {@code (H, 2)}
     */
    static void requireShape(Path file, String name, NpyArray array, String expected, int... sizes)
            throws NumpyFileException {
        boolean matches = array.rank() == sizes.length;
        for (int i = 0; matches && i < sizes.length; i++) {
            matches = sizes[i] == ANY || sizes[i] == array.shape()[i];
        }
        if (!matches) {
            throw new NumpyFileException(file, "'" + name + "' has shape " + MessageText.shown(array.shapeText())
                    + ", expected " + expected);
        }
    }

    /** Requires a non-empty first axis, e.g. at least one hidden unit; {@code what} names the axis. */
    static void requireNonEmpty(Path file, String name, NpyArray array, String what) throws NumpyFileException {
        if (array.shape()[0] == 0) {
            throw new NumpyFileException(file, "'" + name + "' has shape " + MessageText.shown(array.shapeText())
                    + ", but there must be at least one " + what);
        }
    }

    /** Refuses NaN and infinities: a point or a weight that is not a number cannot be drawn or trained. */
    static void requireFinite(Path file, String name, NpyArray array) throws NumpyFileException {
        double[] values = array.floats();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new NumpyFileException(file, "'" + name + "' holds " + values[i] + " at " + place(array, i)
                        + ", but every value must be a finite number");
            }
        }
    }

    /** Where the value at C-order position {@code i} is, as numpy would index it: {@code row 7, column 1}. */
    static String place(NpyArray array, int i) {
        return switch (array.rank()) {
            case 1 -> "index " + i;
            case 2 -> "row " + i / array.shape()[1] + ", column " + i % array.shape()[1];
            default -> "position " + i + " (counting in C order)";
        };
    }

    /**
     * The index of the first value that is not a finite number once rounded to float32 (NaN, an infinity, or
     * beyond ±3.4e38, which float32 rounds to an infinity), or -1 if there is none. Writers check this before
     * they touch the file: what they would write could not be read back.
     */
    static int firstNotFiniteAsFloat32(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite((float) values[i])) {
                return i;
            }
        }
        return -1;
    }
}
