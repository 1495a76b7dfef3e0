package org.descentlab.core.landscape;

import java.util.Locale;

/** How the plane of a loss landscape is chosen. */
public enum Directions {

    /** The two leading principal directions of the training path ({@link PrincipalDirections}). */
    PCA("pca"),
    /** Two seeded random directions, filter-normalised ({@link FilterNormalisedDirections}). */
    RANDOM("random");

    private final String id;

    Directions(String id) {
        this.id = id;
    }

    /** The name on the command line and in files: {@code pca}, {@code random}. */
    public String id() {
        return id;
    }

    /**
     * The choice called {@code id} (any case).
     *
     * @throws IllegalArgumentException naming the choices
     */
    public static Directions fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Directions d : values()) {
            if (d.id.equals(wanted)) {
                return d;
            }
        }
        throw new IllegalArgumentException("directions must be pca or random, got '" + id + "'");
    }
}
