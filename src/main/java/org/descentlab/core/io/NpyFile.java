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

    private NpyFile() {
    }

    /** The array stored in {@code file}. */
    public static NpyArray read(Path file) throws NumpyFileException {
        try (InputStream in = SafeFiles.openForReading(file)) {
            return NpyCodec.read(in, new ArraySource(file, null));
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
    }

    /** Replaces {@code file} with {@code array}; on failure the previous file, if any, is left as it was. */
    public static void write(Path file, NpyArray array) throws NumpyFileException {
        SafeFiles.replaceAtomically(file, out -> NpyCodec.write(out, array));
    }
}
