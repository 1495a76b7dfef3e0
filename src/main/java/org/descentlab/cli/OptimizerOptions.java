package org.descentlab.cli;

import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import picocli.CommandLine.Option;

/** The options that choose an optimizer and set its hyperparameters, shared by every command that optimizes. */
public final class OptimizerOptions {

    @Option(names = "--optimizer", paramLabel = "ID", description = "Optimizer id (see trajectory --list).")
    String optimizerId;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate: short for --param lr=X.")
    String learningRate;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A hyperparameter of the optimizer, e.g. --param beta1=0.95 (repeatable).")
    List<String> params = new ArrayList<>();

    /** The chosen optimizer type, or {@code defaultId}'s when none was given. */
    public OptimizerType type(String defaultId) {
        String id = optimizerId == null ? defaultId : optimizerId;
        if (id == null) {
            throw new UsageError("--optimizer is required (one of: " + OptimizerRegistry.ids() + ")");
        }
        return OptimizerRegistry.find(id).orElseThrow(() -> new UsageError(
                "unknown optimizer '" + id + "' (choose one of: " + OptimizerRegistry.ids() + ")"));
    }

    /** Whether --optimizer, --lr or --param was given. */
    public boolean given() {
        return optimizerId != null || learningRate != null || !params.isEmpty();
    }

    /** The type's defaults overridden by --param and --lr, each checked against its declared range. */
    public HyperparameterValues values(OptimizerType type) {
        return values(type, type.defaults());
    }

    /**
     * {@code base} overridden by --param and --lr, each checked against its declared range. A key given twice (or
     * --lr with --param lr=…) is refused: which one was meant cannot be guessed.
     */
    public HyperparameterValues values(OptimizerType type, HyperparameterValues base) {
        var values = base;
        var assignments = new ArrayList<>(params);
        var seen = new java.util.HashSet<String>();
        if (learningRate != null) {
            assignments.add("lr=" + learningRate);
        }
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new UsageError("--param wants KEY=VALUE, got '" + assignment + "'");
            }
            String key = assignment.substring(0, eq).trim();
            if (!seen.add(key)) {
                throw new UsageError("the hyperparameter '" + key + "' is given twice"
                        + (key.equals("lr") && learningRate != null ? " (--lr is short for --param lr=…)" : "")
                        + "; give it once");
            }
            if (!values.has(key)) {
                throw new UsageError("optimizer " + type.id() + " has no hyperparameter '" + key + "' (it has: "
                        + String.join(", ", type.hyperparameters().stream().map(Hyperparameter::key).toList())
                        + ")");
            }
            Hyperparameter declared = type.hyperparameters().stream()
                    .filter(h -> h.key().equals(key)).findFirst().orElseThrow();
            try {
                values = values.with(key, declared.parse(assignment.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new UsageError(type.id() + ": " + e.getMessage());
            }
        }
        return values;
    }
}
