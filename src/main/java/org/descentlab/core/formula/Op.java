package org.descentlab.core.formula;

import java.util.Map;

/**
 * What a node of a formula's tree does: a leaf (a number, x or y), an operator or a function. Functions carry their
 * name as typed and their number of arguments.
 */
enum Op {
    CONST, X, Y, NEG, ADD, SUB, MUL, DIV, POW,
    SQRT("sqrt", 1), EXP("exp", 1), LOG("log", 1), SIN("sin", 1), COS("cos", 1), TAN("tan", 1), TANH("tanh", 1),
    SIGMOID("sigmoid", 1), ABS("abs", 1), MIN("min", 2), MAX("max", 2), POWER_FUNCTION("pow", 2),
    /** u², from {@code u^2}: never typed, made when a formula is compiled. */
    SQUARE,
    /** u^c for a constant c other than 2: never typed, made when a formula is compiled. */
    POW_CONST;

    private static final Map<String, Op> FUNCTIONS = Map.ofEntries(
            Map.entry("sqrt", SQRT), Map.entry("exp", EXP), Map.entry("log", LOG), Map.entry("sin", SIN),
            Map.entry("cos", COS), Map.entry("tan", TAN), Map.entry("tanh", TANH), Map.entry("sigmoid", SIGMOID),
            Map.entry("abs", ABS), Map.entry("min", MIN), Map.entry("max", MAX), Map.entry("pow", POWER_FUNCTION));

    private final String function;
    private final int arity;

    Op() {
        this(null, 0);
    }

    Op(String function, int arity) {
        this.function = function;
        this.arity = arity;
    }

    /** The function called {@code name}, or {@code null}. */
    static Op function(String name) {
        return FUNCTIONS.get(name);
    }

    /** The name a formula calls this function by. */
    String functionName() {
        return function;
    }

    /** How many arguments the function takes. */
    int arity() {
        return arity;
    }

    /** A use of the function, for messages: {@code sin(x)}, {@code max(x, y)}. */
    String example() {
        return arity == 1 ? function + "(x)" : function + "(x, y)";
    }
}
