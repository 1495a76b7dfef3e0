package org.descentlab.core.io;

import java.nio.file.Path;

/**
 * Where an array is being read from: a whole {@code .npy} file, or one entry of an {@code .npz} archive. Lets the
 * shared reading code phrase its error messages for either case.
 *
 * @param file the file on disk
 * @param name the array's name inside an {@code .npz} archive, or null for a plain {@code .npy} file
 */
record ArraySource(Path file, String name) {

    /** The subject of an error sentence: {@code 'inputs'} or {@code the array}. */
    String subject() {
        return name == null ? "the array" : "'" + MessageText.shown(name) + "'";
    }

    /** An exception about {@code file} with {@code problem} as its message. */
    NumpyFileException problem(String problem) {
        return new NumpyFileException(file, problem);
    }
}
