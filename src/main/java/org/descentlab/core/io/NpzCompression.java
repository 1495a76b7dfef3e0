package org.descentlab.core.io;

/** How the arrays inside an {@code .npz} archive are stored. */
public enum NpzCompression {
    /** Uncompressed, as {@code np.savez} writes them. */
    STORED,
    /** Deflate-compressed, as {@code np.savez_compressed} writes them. */
    DEFLATED
}
