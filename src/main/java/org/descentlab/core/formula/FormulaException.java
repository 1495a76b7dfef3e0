package org.descentlab.core.formula;

import java.util.List;
import java.util.Locale;
import org.descentlab.core.scene.Problem;
import org.descentlab.core.scene.Problem.Wording;

/**
 * Why a typed formula was refused, and where: the column (1-based, counted in characters as the student sees them)
 * and the sentence as a {@link FormulaError} with its values. {@link #getMessage()} is the English sentence the
 * command line prints ({@code expected a number, x, y or '(' at column 7}); {@link #wording()} is the same sentence
 * as keys of the {@code formula} bundle, for the window to tell in the student's language. Core never reads the
 * bundles.
 */
public final class FormulaException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FormulaError error;
    private final transient List<Object> values;
    private final int column;
    private final boolean atColumn;

    private FormulaException(FormulaError error, int column, boolean atColumn, List<Object> values) {
        super(english(error, column, atColumn, values));
        this.error = error;
        this.values = values;
        this.column = column;
        this.atColumn = atColumn;
    }

    /** A problem at {@code column}, told as "… at column N". */
    static FormulaException at(int column, FormulaError error, Object... values) {
        return new FormulaException(error, column, true, List.of(values));
    }

    /** A problem with the whole formula (empty, too long); {@code column} is still where to put the cursor. */
    static FormulaException whole(int column, FormulaError error, Object... values) {
        return new FormulaException(error, column, false, List.of(values));
    }

    /** The column the problem is at, 1-based: where the window puts the cursor. Past the end for "ends too early". */
    public int column() {
        return column;
    }

    /** Which sentence it is. */
    public FormulaError error() {
        return error;
    }

    /** The sentence's values, in order (not counting the column). */
    public List<Object> values() {
        return values;
    }

    /** The sentence as bundle keys: {@link FormulaError#AT} around the error's own sentence, or the latter alone. */
    public Wording wording() {
        var own = new Wording(error.key(), values);
        return atColumn ? Wording.of(FormulaError.AT.key(), own, column) : own;
    }

    /** The refusal as a {@link Problem} about {@code field} (a scene-file field or an option, or empty). */
    public Problem problem(String field) {
        return new Problem(field, getMessage(), wording());
    }

    private static String english(FormulaError error, int column, boolean atColumn, List<Object> values) {
        String own = String.format(Locale.ROOT, error.english(), values.toArray());
        return atColumn ? String.format(Locale.ROOT, FormulaError.AT.english(), own, column) : own;
    }
}
