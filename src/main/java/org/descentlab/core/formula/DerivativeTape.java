package org.descentlab.core.formula;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact first and second derivatives of a formula by forward-mode automatic differentiation with second-order dual
 * numbers: every node carries (f, ∂f/∂x, ∂f/∂y, ∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²), and each operation combines its
 * operands' sextuples by the product, quotient and chain rules, in one pass over the formula's nodes laid out in
 * order (children first) as a flat tape. The pass is a loop, not a recursion, and works in one array per thread, so
 * a gradient allocates nothing. A gradient alone runs a first-order pass (three numbers per node).
 *
 * <p>Where a function has no derivative, the tape takes a documented one-sided or middle value, never NaN:
 * <ul>
 *   <li>{@code abs} at 0: derivative 0 (the middle of the one-sided slopes −1 and 1; PyTorch does the same);</li>
 *   <li>{@code min}, {@code max} where both arguments are equal: the mean of the two arguments' derivatives (so
 *       {@code max(x, x)} still has slope 1);</li>
 *   <li>{@code sqrt} and {@code log} at 0, and {@code u^c} at u = 0 with c &lt; 1: the slope is infinite (the
 *       one-sided limit), and the tape gives ±∞ times the inner slope, except that an inner slope of 0 gives 0
 *       (0·∞ is taken as 0, so {@code sqrt(x^2 + y^2)} has gradient 0 at its tip, and {@code x^1} slope 1 at 0); the
 *       same holds for the curvature (infinite for {@code u^c} at 0 with c &lt; 2), so the Hessian of
 *       {@code sqrt(x^2 + y^2)} at its tip is +∞ on the diagonal, not NaN;</li>
 *   <li>{@code u^v} with v depending on x or y: where u &lt; 0 (the power is defined there only at whole v) or u = 0,
 *       v's own slope is ignored, as if v were the constant it is at that point.</li>
 * </ul>
 * Where the function itself is undefined (log or sqrt of a negative number, 0/0), the value is NaN or infinite, and so
 * may the derivatives be.
 */
final class DerivativeTape {

    static final int CONST = 0;
    static final int X = 1;
    static final int Y = 2;
    static final int ADD = 3;
    static final int SUB = 4;
    static final int MUL = 5;
    static final int DIV = 6;
    static final int POW = 7;
    static final int MIN = 8;
    static final int MAX = 9;
    /** One-argument operations: negation, the functions, a square and a constant power. */
    static final int UNARY = 10;

    private final int[] code;
    private final Op[] unary;
    private final int[] a;
    private final int[] b;
    private final double[] constant;
    private final int size;
    private final ThreadLocal<double[]> work;

    DerivativeTape(Node root) {
        var nodes = new ArrayList<Node>();
        var left = new ArrayList<Integer>();
        var right = new ArrayList<Integer>();
        emit(root, nodes, left, right);
        size = nodes.size();
        code = new int[size];
        unary = new Op[size];
        a = new int[size];
        b = new int[size];
        constant = new double[size];
        for (int i = 0; i < size; i++) {
            Node n = nodes.get(i);
            a[i] = left.get(i);
            b[i] = right.get(i);
            constant[i] = n.constant();
            code[i] = code(n, i);
        }
        work = ThreadLocal.withInitial(() -> new double[6 * size]);
    }

    private int code(Node n, int i) {
        if (n.op() == Op.POW && n.b().isConstant()) {
            // A constant power is a one-argument operation of the base, its exponent kept in the constant.
            unary[i] = n.b().constant() == 2 ? Op.SQUARE : Op.POW_CONST;
            constant[i] = n.b().constant();
            return UNARY;
        }
        return switch (n.op()) {
            case CONST -> CONST;
            case X -> X;
            case Y -> Y;
            case ADD -> ADD;
            case SUB -> SUB;
            case MUL -> MUL;
            case DIV -> DIV;
            case MIN -> MIN;
            case MAX -> MAX;
            case POW -> POW;
            default -> {
                unary[i] = n.op();
                yield UNARY;
            }
        };
    }

    /** Appends {@code n}'s children, then {@code n}; returns its slot. A constant power's exponent gets no slot. */
    private static int emit(Node n, List<Node> nodes, List<Integer> left, List<Integer> right) {
        boolean constantPower = n.op() == Op.POW && n.b().isConstant();
        int l = n.a() == null ? -1 : emit(n.a(), nodes, left, right);
        int r = n.b() == null || constantPower ? -1 : emit(n.b(), nodes, left, right);
        nodes.add(n);
        left.add(l);
        right.add(r);
        return nodes.size() - 1;
    }

    /** Writes ∂f/∂x and ∂f/∂y into {@code out[0]} and {@code out[1]}. */
    void gradient(double x, double y, double[] out) {
        double[] w = work.get();
        for (int i = 0; i < size; i++) {
            int o = 3 * i;
            int p = 3 * a[i];
            int q = 3 * b[i];
            switch (code[i]) {
                case CONST -> set(w, o, constant[i], 0, 0);
                case X -> set(w, o, x, 1, 0);
                case Y -> set(w, o, y, 0, 1);
                case ADD -> set(w, o, w[p] + w[q], w[p + 1] + w[q + 1], w[p + 2] + w[q + 2]);
                case SUB -> set(w, o, w[p] - w[q], w[p + 1] - w[q + 1], w[p + 2] - w[q + 2]);
                case MUL -> set(w, o, w[p] * w[q], w[p + 1] * w[q] + w[p] * w[q + 1],
                        w[p + 2] * w[q] + w[p] * w[q + 2]);
                case DIV -> {
                    double v = w[q];
                    double f = w[p] / v;
                    set(w, o, f, (w[p + 1] - f * w[q + 1]) / v, (w[p + 2] - f * w[q + 2]) / v);
                }
                case POW -> SecondOrder.power1(w, o, p, q);
                case MIN, MAX -> pick1(w, o, p, q, code[i] == MAX);
                default -> {
                    double u = w[p];
                    double g = SecondOrder.value(unary[i], u, constant[i]);
                    double g1 = SecondOrder.slope(unary[i], u, g, constant[i]);
                    set(w, o, g, times(g1, w[p + 1]), times(g1, w[p + 2]));
                }
            }
        }
        out[0] = w[3 * size - 2];
        out[1] = w[3 * size - 1];
    }

    /** Writes ∂²f/∂x², ∂²f/∂x∂y and ∂²f/∂y² into {@code out[0..2]}. */
    void hessian(double x, double y, double[] out) {
        double[] w = work.get();
        for (int i = 0; i < size; i++) {
            SecondOrder.step(code[i], unary[i], constant[i], w, 6 * i, 6 * a[i], 6 * b[i], x, y);
        }
        int root = 6 * (size - 1);
        out[0] = w[root + 3];
        out[1] = w[root + 4];
        out[2] = w[root + 5];
    }

    /** Writes f and its five derivatives, in the order of the class comment, into {@code out[0..5]}. */
    void all(double x, double y, double[] out) {
        double[] w = work.get();
        for (int i = 0; i < size; i++) {
            SecondOrder.step(code[i], unary[i], constant[i], w, 6 * i, 6 * a[i], 6 * b[i], x, y);
        }
        System.arraycopy(w, 6 * (size - 1), out, 0, 6);
    }

    private static void pick1(double[] w, int o, int p, int q, boolean max) {
        double u = w[p];
        double v = w[q];
        double f = max ? Math.max(u, v) : Math.min(u, v);
        if (u == v) {
            set(w, o, f, (w[p + 1] + w[q + 1]) / 2, (w[p + 2] + w[q + 2]) / 2);
        } else {
            int from = (u > v) == max ? p : q;
            set(w, o, f, w[from + 1], w[from + 2]);
        }
    }

    static void set(double[] w, int o, double f, double fx, double fy) {
        w[o] = f;
        w[o + 1] = fx;
        w[o + 2] = fy;
    }

    /** a·b, except that 0 times anything (even ∞) is 0: the convention at the points where a slope is infinite. */
    static double times(double a, double b) {
        return a == 0 || b == 0 ? 0 : a * b;
    }
}
