package org.descentlab.core.io;

/**
 * A test of an array's {@code .npy} header, made before any of its data is read: a header declares the shape, so a
 * file that claims more than we accept is refused before the reader allocates, or a zip archive unpacks, what it
 * merely claims.
 */
@FunctionalInterface
interface HeaderCheck {

    /** Accepts every header. */
    HeaderCheck NONE = (source, header) -> { };

    /** Throws, with one sentence naming {@code source}, if the array {@code header} declares must not be read. */
    void check(ArraySource source, NpyHeader header) throws NumpyFileException;

    /** This check, then {@code next}. */
    default HeaderCheck andThen(HeaderCheck next) {
        return (source, header) -> {
            check(source, header);
            next.check(source, header);
        };
    }
}
