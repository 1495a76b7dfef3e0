package org.descentlab.core.formula;

import java.util.Objects;

/**
 * A function f(x, y) typed in ordinary notation, parsed once and compiled for fast values and exact derivatives.
 * Immutable and safe to use from several threads at once.
 *
 * <p>The grammar: numbers ({@code 3}, {@code 0.5}, {@code .5}, {@code 1e-3}), the variables {@code x} and {@code y},
 * the constants {@code pi} and {@code e}, the operators {@code + - * / ^} with the usual precedence ({@code ^} first
 * and grouping to the right, then {@code * /}, then {@code + -}, both grouping to the left), unary minus and plus,
 * parentheses, and the functions {@code sqrt exp log sin cos tan tanh sigmoid abs} of one argument and
 * {@code min max pow} of two. {@code ^} binds tighter than unary minus, as in mathematics and Python: {@code -x^2}
 * is −(x²), {@code 2^-1} is 0.5, {@code 2^3^2} is 2⁹. {@code log} is the natural logarithm; {@code sigmoid(u)} is
 * 1/(1 + e^(−u)); {@code pow(a, b)} is {@code a^b}. Names are case-sensitive. There is no implicit multiplication:
 * {@code 2x} is refused with a hint to write {@code 2*x}. For text copied from a typeset page, − × · ÷ π and
 * Python's {@code **} are read as - * * / pi and ^.
 *
 * <p>Values come from a tree of compiled nodes ({@link ValueTree}); gradient and Hessian are exact, by forward-mode
 * automatic differentiation with second-order dual numbers ({@link DerivativeTape}, which also says what is taken
 * where a function has no derivative). Forward mode rather than symbolic differentiation: a formula of n nodes
 * costs a pass of n small steps for all five derivatives, where symbolic second derivatives grow several times
 * larger than the formula (and need a simplifier to stay readable, which nobody reads here); and each rule, with its
 * convention at a kink, is written once, next to the others. Finite differences appear only in the tests.
 */
public final class Formula {

    /** The longest formula accepted, in characters: ample for any surface worth typing. */
    public static final int MAX_LENGTH = 500;
    /** The deepest nesting accepted (parentheses, signs and exponents inside each other). */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private final int nodes;
    private final ValueTree values;
    private final DerivativeTape derivatives;

    private Formula(String text, Node tree) {
        this.text = text;
        this.nodes = tree.size();
        Node folded = fold(tree);
        this.values = ValueTree.compile(folded);
        this.derivatives = new DerivativeTape(folded);
    }

    /**
     * The formula {@code text}.
     *
     * @throws FormulaException with the column and the reason, when the text is not a formula of the grammar
     */
    public static Formula parse(String text) throws FormulaException {
        Objects.requireNonNull(text, "text");
        return new Formula(text.strip(), Parser.parse(text));
    }

    /** The formula as typed, without leading or trailing blanks: what a scene file stores. */
    public String text() {
        return text;
    }

    /** The number of nodes of its tree (numbers, variables, operators and functions). */
    public int nodes() {
        return nodes;
    }

    /** f(x, y): NaN or infinite where f is undefined there (log of a negative number, division by zero). */
    public double value(double x, double y) {
        return values.at(x, y);
    }

    /** Writes the exact ∂f/∂x into {@code out[0]} and ∂f/∂y into {@code out[1]}. */
    public void gradient(double x, double y, double[] out) {
        derivatives.gradient(x, y, out);
    }

    /** Writes the exact ∂²f/∂x², ∂²f/∂x∂y and ∂²f/∂y² into {@code out[0..2]}. */
    public void hessian(double x, double y, double[] out) {
        derivatives.hessian(x, y, out);
    }

    /** Writes f, ∂f/∂x, ∂f/∂y, ∂²f/∂x², ∂²f/∂x∂y and ∂²f/∂y² into {@code out[0..5]}, in one pass. */
    public void derivatives(double x, double y, double[] out) {
        derivatives.all(x, y, out);
    }

    /** Equal formulas have the same text (as typed, blanks at the ends aside). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Formula f && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Replaces every part without x or y by its value, computed by the same arithmetic as at run time. */
    private static Node fold(Node n) {
        if (n.a() == null) {
            return n;
        }
        Node a = fold(n.a());
        Node b = n.b() == null ? null : fold(n.b());
        Node folded = new Node(n.op(), n.constant(), a, b);
        if (a.isConstant() && (b == null || b.isConstant())) {
            return Node.constant(ValueTree.compile(folded).at(0, 0));
        }
        return folded;
    }
}
