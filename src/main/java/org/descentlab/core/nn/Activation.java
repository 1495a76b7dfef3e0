package org.descentlab.core.nn;

/**
 * The hidden layer's non-linearity. The seed's network uses {@link #SIGMOID}; tanh and ReLU let students see the
 * vanishing-gradient discussion of the seed notes at work.
 *
 * <p>These are the exact double-precision definitions used by the reference path and by evaluation; the fast float
 * path uses {@link FloatActivations}, which agrees with them to about one float ulp.
 */
public enum Activation {

    /** σ(a) = 1 / (1 + e^(−a)); σ' = σ(1 − σ). */
    SIGMOID("sigmoid", "Sigmoid") {
        @Override
        public double apply(double a) {
            // Written so that neither branch overflows: e^(−|a|) ≤ 1.
            double e = Math.exp(-Math.abs(a));
            return a >= 0 ? 1 / (1 + e) : e / (1 + e);
        }

        @Override
        public double derivativeFromOutput(double h) {
            return h * (1 - h);
        }
    },

    /** tanh(a); tanh' = 1 − tanh². */
    TANH("tanh", "Tanh") {
        @Override
        public double apply(double a) {
            return Math.tanh(a);
        }

        @Override
        public double derivativeFromOutput(double h) {
            return 1 - h * h;
        }
    },

    /** max(0, a); its derivative is taken as 0 at a = 0, as TensorFlow does. */
    RELU("relu", "ReLU") {
        @Override
        public double apply(double a) {
            return Math.max(0, a);
        }

        @Override
        public double derivativeFromOutput(double h) {
            return h > 0 ? 1 : 0;
        }
    };

    private final String id;
    private final String label;

    Activation(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Command-line identifier ({@code sigmoid}, {@code tanh}, {@code relu}). */
    public String id() {
        return id;
    }

    /** Display name. */
    public String label() {
        return label;
    }

    /** The activation h = act(a) of a pre-activation a. */
    public abstract double apply(double a);

    /**
     * act'(a) expressed through the output h = act(a): back-propagation keeps h from the forward pass, so the
     * derivative needs no second evaluation of the exponential.
     */
    public abstract double derivativeFromOutput(double h);

    /** The activation with this id. @throws IllegalArgumentException naming the known ids */
    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + id + "' (known: sigmoid, tanh, relu)");
    }
}
