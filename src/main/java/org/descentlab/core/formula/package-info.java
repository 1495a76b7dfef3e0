/**
 * Surfaces typed as formulas: {@link org.descentlab.core.formula.Formula#parse} reads f(x, y) in ordinary notation
 * (or refuses it with a {@link org.descentlab.core.formula.FormulaException} that names the column and the reason,
 * as a sentence of the {@code formula} bundle), compiles it once for fast values and exact derivatives (forward-mode
 * automatic differentiation), and {@link org.descentlab.core.formula.FormulaSurface} makes it a
 * {@link org.descentlab.core.surface.Surface} over plot bounds, with its minima found numerically.
 *
 * <p>Inside: {@code Lexer} and {@code Parser} (recursive descent, nesting limited), {@code Node} (the tree),
 * {@code ValueTree} (values), {@code DerivativeTape} and {@code SecondOrder} (dual numbers on a flat tape),
 * {@code StationaryPoints} (minima and saddles) and {@code SurfaceFacts} (start, colour scale, learning rate).
 */
package org.descentlab.core.formula;
