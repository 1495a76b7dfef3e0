package org.descentlab.core.formula;

import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.formula.Token.Kind;

/**
 * A recursive-descent parser for the grammar of {@link Formula}:
 *
 * <pre>
 * expression = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = ("-" | "+") unary | power
 * power      = primary [ "^" unary ]
 * primary    = number | name | function "(" expression { "," expression } ")" | "(" expression ")"
 * </pre>
 *
 * <p>So {@code ^} binds tighter than unary minus and groups to the right, as in mathematics and Python: {@code -x^2}
 * is −(x²), {@code 2^3^2} is 2⁹ = 512, and {@code 2^-1} is 0.5. Every level of nesting (a parenthesis, a sign, an
 * exponent) passes through {@link #unary}, which counts it: beyond {@link Formula#MAX_DEPTH} the formula is refused
 * with a message, long before the stack could overflow.
 */
final class Parser {

    private final List<Token> tokens;
    private int position;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The tree of {@code text}. */
    static Node parse(String text) throws FormulaException {
        var parser = new Parser(Lexer.tokens(text));
        Node tree = parser.expression();
        Token next = parser.peek();
        if (next.kind() != Kind.END) {
            throw parser.unexpected(next);
        }
        return tree;
    }

    private Node expression() throws FormulaException {
        Node left = term();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            Op op = next().kind() == Kind.PLUS ? Op.ADD : Op.SUB;
            left = Node.binary(op, left, term());
        }
        return left;
    }

    private Node term() throws FormulaException {
        Node left = unary();
        while (peek().kind() == Kind.TIMES || peek().kind() == Kind.DIVIDE) {
            Op op = next().kind() == Kind.TIMES ? Op.MUL : Op.DIV;
            left = Node.binary(op, left, unary());
        }
        return left;
    }

    private Node unary() throws FormulaException {
        if (++depth > Formula.MAX_DEPTH) {
            throw FormulaException.at(peek().column(), FormulaError.TOO_DEEP, Formula.MAX_DEPTH);
        }
        Node result;
        if (peek().kind() == Kind.MINUS) {
            next();
            result = Node.unary(Op.NEG, unary());
        } else if (peek().kind() == Kind.PLUS) {
            next();
            result = unary();
        } else {
            result = power();
        }
        depth--;
        return result;
    }

    private Node power() throws FormulaException {
        Node base = primary();
        if (peek().kind() == Kind.POWER) {
            next();
            return Node.binary(Op.POW, base, unary());
        }
        return base;
    }

    private Node primary() throws FormulaException {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                next();
                return Node.constant(t.number());
            }
            case NAME -> {
                next();
                return peek().kind() == Kind.OPEN ? call(t) : name(t);
            }
            case OPEN -> {
                next();
                Node inside = expression();
                close(t);
                return inside;
            }
            default -> throw FormulaException.at(t.column(), FormulaError.EXPECTED_OPERAND);
        }
    }

    /** A name without parentheses: a variable or a constant. */
    private static Node name(Token t) throws FormulaException {
        return switch (t.text()) {
            case "x" -> Node.X;
            case "y" -> Node.Y;
            case "pi", "\u03c0" -> Node.constant(Math.PI);
            case "e" -> Node.constant(Math.E);
            default -> {
                Op f = Op.function(t.text());
                throw f != null ? FormulaException.at(t.column(), FormulaError.NEEDS_PARENTHESES, t.text(),
                        f.example()) : FormulaException.at(t.column(), FormulaError.UNKNOWN_NAME, t.text());
            }
        };
    }

    /** A function applied to its arguments; the '(' is next. */
    private Node call(Token name) throws FormulaException {
        Op f = Op.function(name.text());
        if (f == null) {
            boolean value = switch (name.text()) {
                case "x", "y", "pi", "\u03c0", "e" -> true;
                default -> false;
            };
            throw value ? FormulaException.at(name.column(), FormulaError.NOT_A_FUNCTION, name.text(), name.text())
                    : FormulaException.at(name.column(), FormulaError.UNKNOWN_FUNCTION, name.text());
        }
        Token open = next();
        var arguments = new ArrayList<Node>();
        if (peek().kind() == Kind.CLOSE) {
            next();
        } else {
            arguments.add(expression());
            while (peek().kind() == Kind.COMMA) {
                next();
                arguments.add(expression());
            }
            close(open);
        }
        if (arguments.size() != f.arity()) {
            throw FormulaException.at(name.column(), f.arity() == 1 ? FormulaError.ARGUMENTS_ONE
                    : FormulaError.ARGUMENTS_TWO, name.text(), arguments.size());
        }
        return f.arity() == 1 ? Node.unary(f, arguments.get(0)) : Node.binary(f, arguments.get(0), arguments.get(1));
    }

    /** The ')' that closes {@code open}. */
    private void close(Token open) throws FormulaException {
        Token t = peek();
        if (t.kind() == Kind.CLOSE) {
            next();
            return;
        }
        if (t.kind() == Kind.END) {
            throw FormulaException.at(open.column(), FormulaError.UNCLOSED);
        }
        throw unexpected(t);
    }

    /** Why {@code t} cannot come after a complete operand. */
    private static FormulaException unexpected(Token t) {
        return switch (t.kind()) {
            case CLOSE -> FormulaException.at(t.column(), FormulaError.UNMATCHED_CLOSE);
            case COMMA -> FormulaException.at(t.column(), FormulaError.COMMA);
            default -> FormulaException.at(t.column(), FormulaError.EXPECTED_OPERATOR, t.text());
        };
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        return tokens.get(position++);
    }
}
