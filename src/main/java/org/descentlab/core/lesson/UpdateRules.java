package org.descentlab.core.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Every optimizer's update rule as LaTeX, in the lecture notes' own notation (Θ, γ, α, M, G, ε, β₁, β₂), and the
 * lessons' extra formulas: the language-neutral file {@code org/descentlab/update-rules.properties}. Each rule states
 * what the optimizer's code does, down to where ε sits; a test checks that every registered optimizer has one.
 */
public final class UpdateRules {

    /** The class-path resource holding the rules. */
    public static final String RESOURCE = "org/descentlab/update-rules.properties";

    /** Read once; immutable, so that core keeps no mutable static state. */
    private static final Map<String, String> RULES = load();

    private UpdateRules() {
    }

    /** The update rule of optimizer {@code optimizerId}, if the file has one. */
    public static Optional<String> of(String optimizerId) {
        return Optional.ofNullable(RULES.get("rule." + optimizerId));
    }

    /** The extra formulas of lesson {@code lessonId}, in order ({@code lesson.<id>.1}, {@code .2}, …). */
    public static List<String> formulas(String lessonId) {
        var lines = new ArrayList<String>();
        for (int n = 1; RULES.containsKey("lesson." + lessonId + "." + n); n++) {
            lines.add(RULES.get("lesson." + lessonId + "." + n));
        }
        return List.copyOf(lines);
    }

    /** Every key in the file, for tests that check nothing is left over. */
    static Set<String> keys() {
        return RULES.keySet();
    }

    private static Map<String, String> load() {
        var rules = new java.util.HashMap<String, String>();
        TextResource.read(RESOURCE, "the update rules").forEach((k, v) -> rules.put(k, v.strip()));
        return Map.copyOf(rules);
    }
}
