package org.descentlab.ui.widgets;

import org.descentlab.core.optim.ScheduleKind;

/**
 * Each schedule's rule in LaTeX, in the notes' notation (γ the learning rate, γ₀ the one set, t the steps or epochs
 * done), for {@link Formula} to typeset. Language-neutral, like the update rules: symbols only, no words.
 */
final class ScheduleFormulas {

    private ScheduleFormulas() {
    }

    /** The rule of {@code kind}, exactly as {@link org.descentlab.core.optim.Schedule#multiplier} computes it. */
    static String latex(ScheduleKind kind) {
        return switch (kind) {
            case CONSTANT -> "\\gamma_t = \\gamma_0";
            case STEP -> "\\gamma_t = \\gamma_0 \\, d^{\\lfloor t / s \\rfloor}";
            case EXPONENTIAL -> "\\gamma_t = \\gamma_0 \\, d^{\\, t / s}";
            case COSINE -> "\\gamma_t = \\gamma_0 \\left( m + \\frac{1 - m}{2} \\left( 1 + \\cos \\frac{\\pi \\min(t, T)}"
                    + "{T} \\right) \\right)";
            case WARMUP -> "\\gamma_t = \\gamma_0 \\min \\left( 1, \\frac{t + 1}{w} \\right)";
        };
    }
}
