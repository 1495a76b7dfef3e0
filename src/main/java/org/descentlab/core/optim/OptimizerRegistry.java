package org.descentlab.core.optim;

import java.util.List;
import java.util.Optional;

/** Every optimizer the app offers, in display order. Adding an optimizer is one file and one line here. */
public final class OptimizerRegistry {

    private static final List<OptimizerType> ALL = List.of(
            GradientDescent.TYPE,
            Momentum.TYPE,
            Nesterov.TYPE,
            AdaGrad.TYPE,
            RmsProp.TYPE,
            AdaDelta.TYPE,
            Adam.TYPE,
            AmsGrad.TYPE,
            AdamW.TYPE,
            AdaMax.TYPE,
            NAdam.TYPE);

    private OptimizerRegistry() {
    }

    /** All registered optimizer types. */
    public static List<OptimizerType> all() {
        return ALL;
    }

    /** The optimizer type with this id, if any. */
    public static Optional<OptimizerType> find(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The ids of all optimizers, comma-separated, for messages. */
    public static String ids() {
        return String.join(", ", ALL.stream().map(OptimizerType::id).toList());
    }
}
