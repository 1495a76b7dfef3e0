package org.descentlab.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Single arrays in numpy's {@code .npy} format, as {@code np.save} writes and {@code np.load} reads them.
 *
 * <p>Reads format versions 1.0, 2.0 and 3.0 with dtypes float32, float64, int32 and int64 in either byte order, C
 * order only; writes version 1.0, little-endian, byte-for-byte as numpy does.
 */
public final class NpyFile {

    /**
     * The most values a read brings into memory unless told otherwise: 8,388,608 (2^23), 64 MiB as doubles. Far
     * above what the app's files hold (a dataset of 500,000 points has 1.5 million), far below what would exhaust
     * memory.
     */
    public static final int DEFAULT_MAX_VALUES = 1 << 23;

    private NpyFile() {
    }

    /** The array stored in {@code file}, of at most {@link #DEFAULT_MAX_VALUES} values. */
    public static NpyArray read(Path file) throws NumpyFileException {
        return read(file, DEFAULT_MAX_VALUES);
    }

    /**
     * The array stored in {@code file}; an array of more than {@code maxValues} values is refused from its header,
     * before its data is read.
     *
     * @throws IllegalArgumentException if {@code maxValues} is negative
     */
    public static NpyArray read(Path file, int maxValues) throws NumpyFileException {
        var limit = new ValueLimit(maxValues);
        try (InputStream in = SafeFiles.openForReading(file)) {
            return NpyCodec.read(in, new ArraySource(file, null), limit);
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
    }

    /** Replaces {@code file} with {@code array}; on failure the previous file, if any, is left as it was. */
    public static void write(Path file, NpyArray array) throws NumpyFileException {
        SafeFiles.replaceAtomically(file, out -> NpyCodec.write(out, array));
    }
}
