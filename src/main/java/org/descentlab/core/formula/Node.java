package org.descentlab.core.formula;

/**
 * One node of a parsed formula: a number ({@link Op#CONST} with its {@code constant}), x, y, or an operator or
 * function applied to one ({@code a}) or two ({@code a}, {@code b}) nodes. {@code pow(a, b)} is kept as
 * {@link Op#POW}, the same as {@code a^b}.
 */
record Node(Op op, double constant, Node a, Node b) {

    static final Node X = new Node(Op.X, 0, null, null);
    static final Node Y = new Node(Op.Y, 0, null, null);

    static Node constant(double value) {
        return new Node(Op.CONST, value, null, null);
    }

    static Node unary(Op op, Node a) {
        return new Node(op, 0, a, null);
    }

    static Node binary(Op op, Node a, Node b) {
        return new Node(op == Op.POWER_FUNCTION ? Op.POW : op, 0, a, b);
    }

    boolean isConstant() {
        return op == Op.CONST;
    }

    /** The number of nodes of this tree. */
    int size() {
        return 1 + (a == null ? 0 : a.size()) + (b == null ? 0 : b.size());
    }
}
