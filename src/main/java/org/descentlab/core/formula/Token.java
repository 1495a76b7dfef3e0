package org.descentlab.core.formula;

/**
 * One token of a formula: its kind, its text as typed, its value (numbers only) and the column it starts at
 * (1-based, in characters as shown: code points).
 */
record Token(Kind kind, String text, double number, int column) {

    /** The kinds of token. */
    enum Kind { NUMBER, NAME, PLUS, MINUS, TIMES, DIVIDE, POWER, OPEN, CLOSE, COMMA, END }
}
