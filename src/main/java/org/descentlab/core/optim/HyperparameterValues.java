package org.descentlab.core.optim;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable, validated assignment of values to an optimizer's declared hyperparameters. Every value is inside
 * its declared range; a new assignment is made with {@link #with}.
 */
public final class HyperparameterValues {

    private final List<Hyperparameter> declared;
    private final double[] values;

    private HyperparameterValues(List<Hyperparameter> declared, double[] values) {
        this.declared = declared;
        this.values = values;
    }

    /** Every declared hyperparameter at its default. */
    public static HyperparameterValues defaults(List<Hyperparameter> declared) {
        return new HyperparameterValues(
                List.copyOf(declared), declared.stream().mapToDouble(Hyperparameter::defaultValue).toArray());
    }

    /**
     * Values that skip the range check: for a {@link Schedule}'s scaled learning rate (which may fall below the
     * declared minimum), and for robustness tests that push a learning rate past its declared maximum. Not part of
     * the public API: the app and the command line always go through {@link #with}.
     */
    static HyperparameterValues unchecked(List<Hyperparameter> declared, double[] values) {
        return new HyperparameterValues(List.copyOf(declared), values.clone());
    }

    /** The declarations these values belong to, in order. */
    public List<Hyperparameter> declared() {
        return declared;
    }

    /** The value of {@code key}. @throws IllegalArgumentException if the key is not declared */
    public double get(String key) {
        return values[indexOf(key)];
    }

    /** Whether {@code key} is declared. */
    public boolean has(String key) {
        return declared.stream().anyMatch(h -> h.key().equals(key));
    }

    /**
     * A copy with {@code key} set to {@code value}.
     *
     * @throws IllegalArgumentException naming the key and the allowed range when the key is unknown or the value
     *     out of range
     */
    public HyperparameterValues with(String key, double value) {
        int i = indexOf(key);
        String problem = declared.get(i).problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        double[] copy = values.clone();
        copy[i] = value;
        return new HyperparameterValues(declared, copy);
    }

    private int indexOf(String key) {
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown hyperparameter '" + key + "' (this optimizer has: "
                + String.join(", ", declared.stream().map(Hyperparameter::key).toList()) + ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HyperparameterValues other && declared.equals(other.declared)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * declared.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        var sb = new StringBuilder();
        for (int i = 0; i < declared.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(declared.get(i).key()).append('=')
                    .append(Hyperparameter.format(values[i]));
        }
        return sb.toString();
    }
}
