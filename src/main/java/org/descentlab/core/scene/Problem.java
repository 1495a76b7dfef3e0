package org.descentlab.core.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a value, a setting or a file was refused, in words a student can act on.
 *
 * <p>The message is English, as the command line prints it. A problem the window can put in the student's language
 * also carries its {@link Wording}: a sentence of the {@code problems} bundle and the values to fill in. Core knows
 * only the sentence's key; the window looks it up.
 *
 * @param field the setting it is about, as a scene file names it ({@code network.data.clusters}), or empty when the
 *     problem is not about one field
 * @param message the whole sentence to show, naming the setting, the value and what is allowed
 * @param wording the same sentence as a template key and its values, or {@code null} when there is only the message
 */
public record Problem(String field, String message, Wording wording) {

    /** The sentence that names a setting together with its field or option: "Clusters (--clusters)". */
    public static final String NAMED = "problem.named";

    /** Checks that there is a field (maybe empty) and a message. */
    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A problem told in English only. */
    public Problem(String field, String message) {
        this(field, message, null);
    }

    /** A problem that is about no single field. */
    public static Problem of(String message) {
        return new Problem("", message);
    }

    /** Whether the problem can be told in another language ({@link #wording} is there). */
    public boolean hasWording() {
        return wording != null;
    }

    /**
     * The same problem told without its scene-file field name, for a window whose control already says which
     * setting it is: "Clusters must be …" rather than "Clusters (network.data.clusters) must be …".
     */
    public Problem withoutFieldName() {
        return field.isEmpty() ? this : new Problem(field, message.replace(" (" + field + ")", ""),
                wording == null ? null : wording.withoutName(field));
    }

    @Override
    public String toString() {
        return message;
    }

    /**
     * A sentence of the {@code problems} bundle, by its key, and the values its {@code %s} take in order. A value is
     * a plain value written out already (a number as the command line writes it, a name the user typed) or a
     * wording itself (a setting's name, a word such as "not a number"), to be put in the reader's language too.
     *
     * @param key the template's key ({@code problem.range})
     * @param values its values, in order: strings, numbers or wordings
     */
    public record Wording(String key, List<Object> values) {

        /** Copies the values and checks that each is a string, a number or a wording. */
        public Wording {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("a wording needs a key");
            }
            values = List.copyOf(values);
            for (Object v : values) {
                if (!(v instanceof String || v instanceof Number || v instanceof Wording)) {
                    throw new IllegalArgumentException(key + ": a value must be a string, a number or a wording, "
                            + "not " + v.getClass().getSimpleName());
                }
            }
        }

        /** The sentence {@code key} with {@code values}. */
        public static Wording of(String key, Object... values) {
            return new Wording(key, List.of(values));
        }

        /** This wording with every "name (field)" of {@code field} told as the name alone. */
        Wording withoutName(String field) {
            var changed = new ArrayList<Object>();
            for (Object v : values) {
                if (v instanceof Wording w && w.key.equals(NAMED) && w.values.size() == 2
                        && field.equals(w.values.get(1))) {
                    changed.add(w.values.get(0));
                } else {
                    changed.add(v instanceof Wording w ? w.withoutName(field) : v);
                }
            }
            return new Wording(key, changed);
        }
    }
}
