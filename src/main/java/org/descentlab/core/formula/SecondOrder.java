package org.descentlab.core.formula;

import static org.descentlab.core.formula.DerivativeTape.times;

/**
 * The rules of {@link DerivativeTape}: how one operation turns its operands' dual numbers into its own. A dual number
 * of the tape sits at {@code w[o..o+5]} as (f, fx, fy, fxx, fxy, fyy); the first-order pass uses
 * {@code w[o..o+2]}. For a one-argument function g of u the chain rule gives fx = g'(u)·ux and
 * fxy = g''(u)·ux·uy + g'(u)·uxy; {@link #slope} and {@link #curvature} give g' and g''.
 */
final class SecondOrder {

    private SecondOrder() {
    }

    /** g(u) for the one-argument operation {@code op} ({@code c}: a constant power's exponent). */
    static double value(Op op, double u, double c) {
        return ValueTree.apply(op, u, c);
    }

    /** g'(u), given g = g(u). */
    static double slope(Op op, double u, double g, double c) {
        return switch (op) {
            case NEG -> -1;
            case SQUARE -> 2 * u;
            case POW_CONST -> times(c, Math.pow(u, c - 1));
            case SQRT -> 0.5 / g;
            case EXP -> g;
            case LOG -> 1 / u;
            case SIN -> Math.cos(u);
            case COS -> -Math.sin(u);
            case TAN -> 1 + g * g;
            case TANH -> 1 - g * g;
            case SIGMOID -> g * (1 - g);
            case ABS -> Math.signum(u);
            default -> throw new IllegalArgumentException("not a one-argument operation: " + op);
        };
    }

    /** g''(u), given g = g(u) and g1 = g'(u). */
    static double curvature(Op op, double u, double g, double g1, double c) {
        return switch (op) {
            case NEG, ABS -> 0;
            case SQUARE -> 2;
            case POW_CONST -> times(c * (c - 1), Math.pow(u, c - 2));
            case SQRT -> -0.25 / (g * g * g);
            case EXP -> g;
            case LOG -> -1 / (u * u);
            case SIN, COS -> -g;
            case TAN -> 2 * g * g1;
            case TANH -> -2 * g * g1;
            case SIGMOID -> g1 * (1 - 2 * g);
            default -> throw new IllegalArgumentException("not a one-argument operation: " + op);
        };
    }

    /** One instruction of the second-order pass. */
    static void step(int code, Op op, double c, double[] w, int o, int p, int q, double x, double y) {
        switch (code) {
            case DerivativeTape.CONST -> set(w, o, c, 0, 0, 0, 0, 0);
            case DerivativeTape.X -> set(w, o, x, 1, 0, 0, 0, 0);
            case DerivativeTape.Y -> set(w, o, y, 0, 1, 0, 0, 0);
            case DerivativeTape.ADD -> {
                for (int k = 0; k < 6; k++) {
                    w[o + k] = w[p + k] + w[q + k];
                }
            }
            case DerivativeTape.SUB -> {
                for (int k = 0; k < 6; k++) {
                    w[o + k] = w[p + k] - w[q + k];
                }
            }
            case DerivativeTape.MUL -> product(w, o, p, q);
            case DerivativeTape.DIV -> quotient(w, o, p, q);
            case DerivativeTape.POW -> power2(w, o, p, q);
            case DerivativeTape.MIN, DerivativeTape.MAX -> pick2(w, o, p, q, code == DerivativeTape.MAX);
            default -> chain(op, c, w, o, p);
        }
    }

    private static void chain(Op op, double c, double[] w, int o, int p) {
        double u = w[p];
        double g = value(op, u, c);
        double g1 = slope(op, u, g, c);
        double g2 = curvature(op, u, g, g1, c);
        chain(w, o, p, g, g1, g2);
    }

    /** f = g(u) from g and its first two derivatives at u. */
    private static void chain(double[] w, int o, int p, double g, double g1, double g2) {
        double ux = w[p + 1];
        double uy = w[p + 2];
        set(w, o, g, times(g1, ux), times(g1, uy), times(g2, ux * ux) + times(g1, w[p + 3]),
                times(g2, ux * uy) + times(g1, w[p + 4]), times(g2, uy * uy) + times(g1, w[p + 5]));
    }

    private static void product(double[] w, int o, int p, int q) {
        double u = w[p];
        double ux = w[p + 1];
        double uy = w[p + 2];
        double v = w[q];
        double vx = w[q + 1];
        double vy = w[q + 2];
        set(w, o, u * v, ux * v + u * vx, uy * v + u * vy, w[p + 3] * v + 2 * ux * vx + u * w[q + 3],
                w[p + 4] * v + ux * vy + uy * vx + u * w[q + 4], w[p + 5] * v + 2 * uy * vy + u * w[q + 5]);
    }

    private static void quotient(double[] w, int o, int p, int q) {
        double v = w[q];
        double vx = w[q + 1];
        double vy = w[q + 2];
        double f = w[p] / v;
        double fx = (w[p + 1] - f * vx) / v;
        double fy = (w[p + 2] - f * vy) / v;
        set(w, o, f, fx, fy, (w[p + 3] - 2 * fx * vx - f * w[q + 3]) / v,
                (w[p + 4] - fx * vy - fy * vx - f * w[q + 4]) / v, (w[p + 5] - 2 * fy * vy - f * w[q + 5]) / v);
    }

    /** min or max: the larger (smaller) operand's derivatives, the mean of both where they are equal. */
    private static void pick2(double[] w, int o, int p, int q, boolean max) {
        double u = w[p];
        double v = w[q];
        if (u == v) {
            for (int k = 1; k < 6; k++) {
                w[o + k] = (w[p + k] + w[q + k]) / 2;
            }
        } else {
            System.arraycopy(w, (u > v) == max ? p : q, w, o, 6);
        }
        w[o] = max ? Math.max(u, v) : Math.min(u, v);
    }

    /**
     * u^v, first order. With g = v·ln u, f = e^g and fx = f·gx, gx = vx·ln u + v·ux/u. Where u ≤ 0, or v has no
     * slope here, the rule of a constant power applies (see {@link DerivativeTape}).
     */
    static void power1(double[] w, int o, int p, int q) {
        double u = w[p];
        double v = w[q];
        double f = Math.pow(u, v);
        double vx = w[q + 1];
        double vy = w[q + 2];
        if (u <= 0 || (vx == 0 && vy == 0) || Double.isNaN(u)) {
            double g1 = slope(Op.POW_CONST, u, f, v);
            DerivativeTape.set(w, o, f, times(g1, w[p + 1]), times(g1, w[p + 2]));
            return;
        }
        double log = Math.log(u);
        DerivativeTape.set(w, o, f, f * (vx * log + v * w[p + 1] / u), f * (vy * log + v * w[p + 2] / u));
    }

    /** u^v, second order: fxy = f·(gx·gy + gxy), gxy = vxy·ln u + (vx·uy + vy·ux)/u + v·(uxy/u − ux·uy/u²). */
    private static void power2(double[] w, int o, int p, int q) {
        double u = w[p];
        double v = w[q];
        boolean constant = w[q + 1] == 0 && w[q + 2] == 0 && w[q + 3] == 0 && w[q + 4] == 0 && w[q + 5] == 0;
        double f = Math.pow(u, v);
        if (u <= 0 || constant || Double.isNaN(u)) {
            double g1 = slope(Op.POW_CONST, u, f, v);
            chain(w, o, p, f, g1, curvature(Op.POW_CONST, u, f, g1, v));
            return;
        }
        double log = Math.log(u);
        double ux = w[p + 1];
        double uy = w[p + 2];
        double vx = w[q + 1];
        double vy = w[q + 2];
        double gx = vx * log + v * ux / u;
        double gy = vy * log + v * uy / u;
        double gxx = w[q + 3] * log + 2 * vx * ux / u + v * (w[p + 3] / u - ux * ux / (u * u));
        double gxy = w[q + 4] * log + (vx * uy + vy * ux) / u + v * (w[p + 4] / u - ux * uy / (u * u));
        double gyy = w[q + 5] * log + 2 * vy * uy / u + v * (w[p + 5] / u - uy * uy / (u * u));
        set(w, o, f, f * gx, f * gy, f * (gx * gx + gxx), f * (gx * gy + gxy), f * (gy * gy + gyy));
    }

    private static void set(double[] w, int o, double f, double fx, double fy, double fxx, double fxy, double fyy) {
        w[o] = f;
        w[o + 1] = fx;
        w[o + 2] = fy;
        w[o + 3] = fxx;
        w[o + 4] = fxy;
        w[o + 5] = fyy;
    }
}
