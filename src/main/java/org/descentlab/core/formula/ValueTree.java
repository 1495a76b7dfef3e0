package org.descentlab.core.formula;

/**
 * A formula compiled for fast values, the heat map's inner loop: a tree of small final node objects, each computing
 * its value from its children's with primitive doubles only (no boxing, no allocation, no lookup per call). Common
 * shapes get nodes of their own, so that {@code 100*(y-x^2)^2} costs four calls rather than seven: a constant times a
 * node, a node plus a constant, a square (computed as u·u), a constant power.
 *
 * <p>{@link DerivativeTape} computes the same operations in the same order, so a point's value is the same double
 * whichever of the two computes it.
 */
abstract class ValueTree {

    /** f at (x, y). */
    abstract double at(double x, double y);

    /** {@code node} (already folded) compiled. */
    static ValueTree compile(Node node) {
        return switch (node.op()) {
            case CONST -> new Const(node.constant());
            case X -> new X();
            case Y -> new Y();
            case ADD -> node.b().isConstant() ? new AddConst(compile(node.a()), node.b().constant())
                    : new Add(compile(node.a()), compile(node.b()));
            case SUB -> new Sub(compile(node.a()), compile(node.b()));
            case MUL -> node.a().isConstant() ? new Scale(node.a().constant(), compile(node.b()))
                    : new Mul(compile(node.a()), compile(node.b()));
            case DIV -> new Div(compile(node.a()), compile(node.b()));
            case POW -> power(node);
            case MIN -> new Min(compile(node.a()), compile(node.b()));
            case MAX -> new Max(compile(node.a()), compile(node.b()));
            default -> new Function(node.op(), compile(node.a()));
        };
    }

    private static ValueTree power(Node node) {
        if (!node.b().isConstant()) {
            return new Pow(compile(node.a()), compile(node.b()));
        }
        double c = node.b().constant();
        return c == 2 ? new Square(compile(node.a())) : new PowConst(compile(node.a()), c);
    }

    private static final class Const extends ValueTree {
        private final double c;

        Const(double c) {
            this.c = c;
        }

        @Override
        double at(double x, double y) {
            return c;
        }
    }

    private static final class X extends ValueTree {
        @Override
        double at(double x, double y) {
            return x;
        }
    }

    private static final class Y extends ValueTree {
        @Override
        double at(double x, double y) {
            return y;
        }
    }

    private static final class Add extends ValueTree {
        private final ValueTree a;
        private final ValueTree b;

        Add(ValueTree a, ValueTree b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double at(double x, double y) {
            return a.at(x, y) + b.at(x, y);
        }
    }

    private static final class AddConst extends ValueTree {
        private final ValueTree a;
        private final double c;

        AddConst(ValueTree a, double c) {
            this.a = a;
            this.c = c;
        }

        @Override
        double at(double x, double y) {
            return a.at(x, y) + c;
        }
    }

    private static final class Sub extends ValueTree {
        private final ValueTree a;
        private final ValueTree b;

        Sub(ValueTree a, ValueTree b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double at(double x, double y) {
            return a.at(x, y) - b.at(x, y);
        }
    }

    private static final class Mul extends ValueTree {
        private final ValueTree a;
        private final ValueTree b;

        Mul(ValueTree a, ValueTree b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double at(double x, double y) {
            return a.at(x, y) * b.at(x, y);
        }
    }

    private static final class Scale extends ValueTree {
        private final double c;
        private final ValueTree b;

        Scale(double c, ValueTree b) {
            this.c = c;
            this.b = b;
        }

        @Override
        double at(double x, double y) {
            return c * b.at(x, y);
        }
    }

    private static final class Div extends ValueTree {
        private final ValueTree a;
        private final ValueTree b;

        Div(ValueTree a, ValueTree b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double at(double x, double y) {
            return a.at(x, y) / b.at(x, y);
        }
    }

    private static final class Square extends ValueTree {
        private final ValueTree a;

        Square(ValueTree a) {
            this.a = a;
        }

        @Override
        double at(double x, double y) {
            double u = a.at(x, y);
            return u * u;
        }
    }

    private static final class PowConst extends ValueTree {
        private final ValueTree a;
        private final double c;

        PowConst(ValueTree a, double c) {
            this.a = a;
            this.c = c;
        }

        @Override
        double at(double x, double y) {
            return Math.pow(a.at(x, y), c);
        }
    }

    private static final class Pow extends ValueTree {
        private final ValueTree a;
        private final ValueTree b;

        Pow(ValueTree a, ValueTree b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double at(double x, double y) {
            return Math.pow(a.at(x, y), b.at(x, y));
        }
    }

    private static final class Min extends ValueTree {
        private final ValueTree a;
        private final ValueTree b;

        Min(ValueTree a, ValueTree b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double at(double x, double y) {
            return Math.min(a.at(x, y), b.at(x, y));
        }
    }

    private static final class Max extends ValueTree {
        private final ValueTree a;
        private final ValueTree b;

        Max(ValueTree a, ValueTree b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double at(double x, double y) {
            return Math.max(a.at(x, y), b.at(x, y));
        }
    }

    /** Negation and the one-argument functions: one switch per call, a jump that costs little beside the function. */
    private static final class Function extends ValueTree {
        private final Op op;
        private final ValueTree a;

        Function(Op op, ValueTree a) {
            this.op = op;
            this.a = a;
        }

        @Override
        double at(double x, double y) {
            return apply(op, a.at(x, y), 0);
        }
    }

    /**
     * The one-argument operation {@code op} at {@code u} ({@code c}: the exponent of {@link Op#POW_CONST}): the
     * definition {@link DerivativeTape} uses, and the same arithmetic as this tree's own nodes.
     */
    static double apply(Op op, double u, double c) {
        return switch (op) {
            case NEG -> -u;
            case SQUARE -> u * u;
            case POW_CONST -> Math.pow(u, c);
            case SQRT -> Math.sqrt(u);
            case EXP -> Math.exp(u);
            case LOG -> Math.log(u);
            case SIN -> Math.sin(u);
            case COS -> Math.cos(u);
            case TAN -> Math.tan(u);
            case TANH -> Math.tanh(u);
            case SIGMOID -> 1 / (1 + Math.exp(-u));
            case ABS -> Math.abs(u);
            default -> throw new IllegalArgumentException("not a one-argument operation: " + op);
        };
    }
}
