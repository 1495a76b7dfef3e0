package org.descentlab.cli;

import java.util.HashSet;
import java.util.List;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import picocli.CommandLine.Option;

/**
 * The option that sets a learning-rate schedule, {@code --schedule KIND[:KEY=VALUE,...]}, checked against the
 * parameters each kind declares ({@link ScheduleKind}), as {@code --param} is against an optimizer's. A parameter
 * left out keeps its default. Shared by {@code trajectory} (t counts steps) and {@code train} (t counts epochs).
 */
public final class ScheduleOptions {

    /** How the option is written, for messages. */
    private static final String FORM = "--schedule wants KIND[:KEY=VALUE,...], such as step:every=100,factor=0.5";

    @Option(names = "--schedule", paramLabel = "KIND[:KEY=VALUE,...]",
            description = "Learning-rate schedule: constant, step:every=S,factor=D (× D every S), "
                    + "exponential:every=S,factor=D (× D over S), cosine:period=T,floor=M, warmup:length=W; "
                    + "S, T, W count steps (epochs for train). Default: constant, or the scene's.")
    String text;

    /** Whether --schedule was given. */
    public boolean given() {
        return text != null;
    }

    /** The schedule given, or {@code fallback} when none was. @throws UsageError for a malformed one */
    public Schedule or(Schedule fallback) {
        return text == null ? fallback : parse(text);
    }

    /**
     * {@code KIND[:KEY=VALUE,...]} as a schedule.
     *
     * @throws UsageError one line naming what is wrong and what would be right: the kinds, or the kind's keys
     */
    static Schedule parse(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        String id = colon < 0 ? t : t.substring(0, colon).trim();
        ScheduleKind kind = ScheduleKind.byId(id);
        if (kind == null) {
            throw new UsageError("--schedule: unknown kind '" + id + "' (choose one of: " + ScheduleKind.ids() + ")");
        }
        var values = new Schedule(kind).values();
        if (colon < 0) {
            return new Schedule(kind, values);
        }
        var seen = new HashSet<String>();
        for (String assignment : t.substring(colon + 1).split(",", -1)) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new UsageError(FORM + ", got '" + text + "'");
            }
            String key = assignment.substring(0, eq).trim();
            Hyperparameter declared = kind.parameters().stream().filter(h -> h.key().equals(key)).findFirst()
                    .orElseThrow(() -> new UsageError("--schedule: " + kind.id() + " has no parameter '" + key + "' ("
                            + keys(kind.parameters()) + ")"));
            if (!seen.add(key)) {
                throw new UsageError("--schedule: the parameter '" + key + "' is given twice; give it once");
            }
            try {
                values = values.with(key, declared.parse(assignment.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new UsageError("--schedule " + kind.id() + ": " + e.getMessage());
            }
        }
        return new Schedule(kind, values);
    }

    private static String keys(List<Hyperparameter> declared) {
        return declared.isEmpty() ? "it takes none"
                : "it has: " + String.join(", ", declared.stream().map(Hyperparameter::key).toList());
    }
}
