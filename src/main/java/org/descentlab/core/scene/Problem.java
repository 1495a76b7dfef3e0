package org.descentlab.core.scene;

/**
 * Why a value, a setting or a file was refused, in words a student can act on.
 *
 * @param field the setting it is about, as a scene file names it ({@code network.data.clusters}), or empty when the
 *     problem is not about one field
 * @param message the whole sentence to show, naming the setting, the value and what is allowed
 */
public record Problem(String field, String message) {

    /** A problem that is about no single field. */
    public static Problem of(String message) {
        return new Problem("", message);
    }

    /**
     * The same problem told without its scene-file field name, for a window whose control already says which
     * setting it is: "Clusters must be …" rather than "Clusters (network.data.clusters) must be …".
     */
    public Problem withoutFieldName() {
        return field.isEmpty() ? this : new Problem(field, message.replace(" (" + field + ")", ""));
    }

    @Override
    public String toString() {
        return message;
    }
}
