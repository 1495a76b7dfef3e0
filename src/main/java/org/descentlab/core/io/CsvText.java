package org.descentlab.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows of comma-separated values as pandas and a spreadsheet read them (RFC 4180): a header row, {@code \n} line
 * ends, and a field quoted (its quotes doubled) only when it holds a comma, a quote or a line break. Numbers are the
 * shortest decimal that reads back as the same double ({@link ShortestDecimal}); an empty cell is a value not measured.
 */
public final class CsvText {

    private CsvText() {
    }

    /** {@code text} as one field: as it is, or in quotes when a comma, a quote or a line break would split it. */
    public static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** {@code value} in full precision: {@code 0.1}, {@code 1e-05}, {@code nan}, {@code inf}. */
    public static String number(double value) {
        return ShortestDecimal.format(value);
    }

    /** Writes {@code fields} as one row, each already made a field ({@link #field}, {@link #number}). */
    public static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(fields.get(i));
        }
        out.write('\n');
    }
}
