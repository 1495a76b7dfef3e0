package org.descentlab.core.io;

/**
 * The most values one read brings into memory, over all the arrays it reads: a few megabytes of zip archive can
 * declare, and unpack to, gigabytes. Each array's header claims its share before its data is read. One instance per
 * read.
 */
final class ValueLimit implements HeaderCheck {

    private final int max;
    private long claimed;

    /**
     * @throws IllegalArgumentException if {@code max} is negative
     */
    ValueLimit(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("the most values to read must be 0 or more, got " + max);
        }
        this.max = max;
    }

    @Override
    public void check(ArraySource source, NpyHeader header) throws NumpyFileException {
        long count = header.count();
        if (count > max) {
            throw source.problem(source.subject() + " declares " + count + " values, more than this app reads (at most "
                    + max + ")");
        }
        if (claimed + count > max) {
            throw source.problem(source.subject() + " declares " + count + " values, which with the " + claimed
                    + " already read are more than this app reads from one file (at most " + max + ")");
        }
        claimed += count;
    }

    /**
     * The most bytes the next array's whole {@code .npy} content can take while staying within the limit: the
     * longest prologue and header numpy accepts, then at most 8 bytes per value.
     */
    long maxNextArrayBytes() {
        return NpyCodec.MAX_PROLOGUE_BYTES + (max - claimed) * Long.BYTES;
    }
}
