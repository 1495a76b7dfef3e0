package org.descentlab.core.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * One numpy array as read from or written to a {@code .npy} file: its element type, its shape and its values in C
 * (row-major) order.
 *
 * <p>Float types keep their values in {@code floats} (a float32 file's values are converted to {@code double}
 * exactly) and leave {@code ints} null; integer types do the reverse. Values of a {@link NpyType#FLOAT32} array that
 * are not representable as a float are rounded to the nearest float when written. The arrays are shared, not copied,
 * as in the {@code nn} records.
 *
 * @param type element type
 * @param shape size along each axis; empty for a single value (numpy shape {@code ()})
 * @param floats values of a float array, else null
 * @param ints values of an integer array, else null
 */
public record NpyArray(NpyType type, int[] shape, double[] floats, long[] ints) {

    /** Checks that the values match the type and the shape. */
    public NpyArray {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(shape, "shape");
        long count = elementCount(shape);
        if (type.isFloat() != (floats != null) || type.isFloat() == (ints != null)) {
            throw new IllegalArgumentException("a " + type.numpyName() + " array holds its values in "
                    + (type.isFloat() ? "floats" : "ints") + " only");
        }
        int length = type.isFloat() ? floats.length : ints.length;
        if (length != count) {
            throw new IllegalArgumentException("shape " + shapeText(shape) + " needs " + count + " values, got "
                    + length);
        }
        if (type == NpyType.INT32) {
            for (long value : ints) {
                if (value != (int) value) {
                    throw new IllegalArgumentException(value + " does not fit in an int32 array");
                }
            }
        }
    }

    /** A float32 array; values are rounded to float only when written. */
    public static NpyArray float32(double[] values, int... shape) {
        return new NpyArray(NpyType.FLOAT32, shape.clone(), values, null);
    }

    /** A float64 array. */
    public static NpyArray float64(double[] values, int... shape) {
        return new NpyArray(NpyType.FLOAT64, shape.clone(), values, null);
    }

    /** An int32 array; every value must fit in 32 bits. */
    public static NpyArray int32(long[] values, int... shape) {
        return new NpyArray(NpyType.INT32, shape.clone(), null, values);
    }

    /** An int64 array. */
    public static NpyArray int64(long[] values, int... shape) {
        return new NpyArray(NpyType.INT64, shape.clone(), null, values);
    }

    /** Number of values: the product of the shape (1 for shape {@code ()}). */
    public int size() {
        return type.isFloat() ? floats.length : ints.length;
    }

    /** Number of axes. */
    public int rank() {
        return shape.length;
    }

    /** The shape as numpy prints it: {@code (1000, 2)}, {@code (10,)}, {@code ()}. */
    public String shapeText() {
        return shapeText(shape);
    }

    /** A fresh copy of the values as doubles, whatever the type (int64 values beyond 2^53 are rounded). */
    public double[] toDoubles() {
        return type.isFloat() ? floats.clone() : Arrays.stream(ints).asDoubleStream().toArray();
    }

    static String shapeText(int[] shape) {
        return shapeText(Arrays.stream(shape).asLongStream().toArray());
    }

    /** Python's repr of a tuple of ints, which is also what numpy writes into a header. */
    static String shapeText(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        var text = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return text.append(')').toString();
    }

    private static long elementCount(int[] shape) {
        long count = 1;
        for (int size : shape) {
            if (size < 0) {
                throw new IllegalArgumentException("negative size in shape " + shapeText(shape));
            }
            // Saturate instead of overflowing; a zero later on still makes the array empty.
            count = count > Integer.MAX_VALUE ? (size == 0 ? 0 : count) : count * size;
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("shape " + shapeText(shape) + " has too many values for an array");
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && type == a.type && Arrays.equals(shape, a.shape)
                && Arrays.equals(floats, a.floats) && Arrays.equals(ints, a.ints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(shape), Arrays.hashCode(floats), Arrays.hashCode(ints));
    }

    @Override
    public String toString() {
        return "NpyArray[" + type.descr() + " " + shapeText() + "]";
    }
}
