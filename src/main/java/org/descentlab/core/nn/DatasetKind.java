package org.descentlab.core.nn;

/**
 * The kinds of generated training data: the seed's Gaussian clusters, and the two-class pictures students know from
 * TensorFlow Playground.
 */
public enum DatasetKind {
    /** The seed's k Gaussian blobs (one class each) with centres uniform in a square. */
    CLUSTERS("clusters"),
    /** Two interleaved spirals. */
    SPIRAL("spiral"),
    /** Four quadrants, opposite ones of the same class. */
    XOR("xor"),
    /** A disc inside a ring. */
    CIRCLES("circles"),
    /** Two interleaved half-moons. */
    MOONS("moons");

    private final String id;

    DatasetKind(String id) {
        this.id = id;
    }

    /** The identifier in scene files ({@code data.source}) and on the command line ({@code train --data}). */
    public String id() {
        return id;
    }

    /** The kind with this id, or {@code null}. */
    public static DatasetKind byId(String id) {
        for (DatasetKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
