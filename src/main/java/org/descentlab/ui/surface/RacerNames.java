package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.descentlab.core.lesson.TextResource;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Scale;
import org.descentlab.core.surface.Point;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;

/**
 * What a racer is called on the surfaces tab. An optimizer racing alone is its name ("Adam"); several racers of one
 * optimizer (its own entry and its copies) are its name plus what differs between them, written with the notes'
 * symbols so that it reads the same in every language: {@code GD γ=0.01}, a copy with its own start
 * {@code GD (1.5, -0.5)}, and for a switch
 * its label and state in words ({@code Adam (Bias correction: off)}). Racers alike in everything get their number.
 */
final class RacerNames {

    /** The notes' symbols as LaTeX (shared with the update rules), written here as plain text. */
    private static final Map<String, String> SYMBOLS = TextResource.read("org/descentlab/symbols.properties",
            "the symbols of the hyperparameters");
    private static final Map<String, String> GREEK = Map.ofEntries(Map.entry("alpha", "α"), Map.entry("beta", "β"),
            Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("psi", "ψ"), Map.entry("tau", "τ"), Map.entry("nu", "ν"));

    private RacerNames() {
    }

    /**
     * The name of {@code slot} among the {@code racing} racers, whose common start is {@code start}, in the language
     * of the moment.
     */
    static String name(OptimizerSlot slot, List<OptimizerSlot> racing, Point start) {
        String name = Names.optimizer(slot.type());
        var family = racing.stream().filter(s -> s.type().equals(slot.type())).toList();
        if (family.size() < 2 || !family.contains(slot)) {
            return name;
        }
        var parts = new ArrayList<String>();
        for (Hyperparameter h : slot.type().hyperparameters()) {
            double value = slot.valuesProperty().get().get(h.key());
            if (family.stream().anyMatch(s -> s.valuesProperty().get().get(h.key()) != value)) {
                parts.add(part(slot.type(), h, value));
            }
        }
        // An own start is written; the common one only where nothing else tells this racer from the others.
        Point from = startOf(slot, start);
        boolean startsDiffer = family.stream().anyMatch(s -> !startOf(s, start).equals(from));
        if (startsDiffer && (slot.ownStart() != null || parts.isEmpty())) {
            parts.add("(" + RacePainter.formatValue(from.x()) + ", " + RacePainter.formatValue(from.y()) + ")");
        }
        if (parts.isEmpty()) {
            parts.add("#" + (family.indexOf(slot) + 1));
        }
        return name + " " + String.join(" ", parts);
    }

    private static Point startOf(OptimizerSlot slot, Point start) {
        return Objects.requireNonNullElse(slot.ownStart(), start);
    }

    /** {@code γ=0.01}, or a switch's label and state in words. */
    private static String part(OptimizerType type, Hyperparameter h, double value) {
        if (h.scale() == Scale.SWITCH) {
            return Words.format(value == 1 ? "surfaces.copy.switchOn" : "surfaces.copy.switchOff",
                    Names.hyperparameter(type, h));
        }
        return symbol(type, h) + "=" + Hyperparameter.format(value);
    }

    /** The notes' symbol of {@code h} as plain text ({@code β1}, {@code γ}), or its key when it has none. */
    static String symbol(OptimizerType type, Hyperparameter h) {
        String latex = SYMBOLS.getOrDefault("symbol." + type.id() + "." + h.key(), SYMBOLS.get("symbol." + h.key()));
        return latex == null ? h.key() : plain(latex);
    }

    /**
     * LaTeX symbols as text: Greek letters, hats; a subscript on the line (the shipped font draws subscript digits as
     * specks, so the window writes β1 as the notes' β₁); other commands and braces dropped.
     */
    static String plain(String latex) {
        var out = new StringBuilder();
        boolean hat = false;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                int end = i + 1;
                while (end < latex.length() && Character.isLetter(latex.charAt(end))) {
                    end++;
                }
                String command = latex.substring(i + 1, end);
                hat = command.equals("hat");
                out.append(GREEK.getOrDefault(command, ""));
                i = end - 1;
            } else if (c != '{' && c != '}' && c != '_') {
                out.append(c);
                if (hat && Character.isLetter(c)) {
                    out.append('\u0302'); // a combining circumflex over the letter
                    hat = false;
                }
            }
        }
        return out.toString().replace(",", ", ");
    }
}
