package org.descentlab.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader of RFC 4180 text written for the tests, independent of the writer: fields split at commas outside quotes,
 * {@code ""} inside quotes is one quote, a row ends at {@code \n} outside quotes.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** Every row of {@code text}, each a list of its fields; the text must end with a line end. */
    public static List<List<String>> parse(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !row.isEmpty()) {
            throw new AssertionError("the text does not end with a whole row");
        }
        return rows;
    }

    /** A number as pandas reads it: Python's {@code nan}, {@code inf}, {@code -inf}, or a decimal. */
    public static double number(String text) {
        return switch (text) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
