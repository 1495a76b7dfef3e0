package org.descentlab.core.io;

/**
 * The numpy element types Descent Lab reads and writes: the ones the seed script produces (float32 inputs and
 * weights, int64 labels) and their nearest relatives (float64, int32).
 *
 * <p>Files always store them little-endian ({@code <f4} …), as numpy does on every machine we run on.
 */
public enum NpyType {
    /** numpy {@code float32}, descr {@code <f4}. */
    FLOAT32('f', 4),
    /** numpy {@code float64}, descr {@code <f8}. */
    FLOAT64('f', 8),
    /** numpy {@code int32}, descr {@code <i4}. */
    INT32('i', 4),
    /** numpy {@code int64}, descr {@code <i8}. */
    INT64('i', 8);

    private final char kind;
    private final int bytes;

    NpyType(char kind, int bytes) {
        this.kind = kind;
        this.bytes = bytes;
    }

    /** Size of one element in bytes. */
    public int bytes() {
        return bytes;
    }

    /** Whether values are held as {@code double}s ({@code true}) or {@code long}s ({@code false}). */
    public boolean isFloat() {
        return kind == 'f';
    }

    /** The little-endian descr numpy writes for this type, e.g. {@code <f4}. */
    public String descr() {
        return "<" + kind + bytes;
    }

    /** numpy's name for the type, e.g. {@code float32}, as students meet it in the seed script. */
    public String numpyName() {
        return (isFloat() ? "float" : "int") + 8 * bytes;
    }

    /** The type whose descr, without its byte-order character, is {@code kindAndSize} ({@code f4}), or null. */
    static NpyType fromKindAndSize(String kindAndSize) {
        for (NpyType type : values()) {
            if (type.descr().substring(1).equals(kindAndSize)) {
                return type;
            }
        }
        return null;
    }
}
