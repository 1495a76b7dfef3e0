package org.descentlab.ui.network;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numpy's jargon in file messages put in words for students: the readers in {@code core.io} name what a file holds as
 * numpy does ({@code 'labels' has dtype <f4; expected integers (int32 or int64)}), which says nothing to someone who
 * never used numpy. The tab shows {@code 'labels' holds 32-bit floats; expected integers (32-bit or 64-bit)} instead.
 * A code it does not know stays as it was, so nothing is ever hidden.
 */
final class NumpyWords {

    /**
     * A dtype code: an optional byte order ({@code <}, {@code >}, {@code |} or {@code =}), a kind letter and an
     * optional size in bytes, standing on its own: not inside a word, and followed by a space, punctuation or the end.
     */
    private static final Pattern CODE = Pattern.compile("(?<![\\w<>|=])([<>|=]?)([biufcOSUVMm])(\\d*)(?=[\\s,;:.)]|$)");
    private static final Pattern HAS_DTYPE = Pattern.compile("has dtype (\\S+?)(?=[,;:)]|\\s|$)");

    /** Numpy's type names, in the words of the codes above. */
    private static final Map<String, String> NAMED_LISTS = Map.of(
            "(float32 or float64)", "(32-bit or 64-bit)",
            "(int32 or int64)", "(32-bit or 64-bit)",
            "(use float32, float64, int32 or int64)", "(use 32-bit or 64-bit floats or integers)");

    private NumpyWords() {
    }

    /** {@code message} with every dtype code and numpy type list in words; other text is left as it is. */
    static String plain(String message) {
        if (message == null) {
            return null;
        }
        String text = message;
        for (var e : NAMED_LISTS.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        // "has dtype <f4" reads "holds 32-bit floats"; a code not known keeps its text: "has values of type <x9".
        text = replaceAll(HAS_DTYPE, text, m -> {
            String words = words(m.group(1));
            return words == null ? "has values of type " + m.group(1) : "holds " + words;
        });
        // Codes anywhere else ("expected <f8"); without a byte order a lone letter is a word, not a code.
        text = replaceAll(CODE, text, m -> {
            String words = m.group(1).isEmpty() ? null : words(m.group());
            return words == null ? m.group() : words;
        });
        return text.equals(message) ? message
                : text.replace(", which is not supported", ", which this app cannot read");
    }

    private static String replaceAll(Pattern pattern, String text,
            java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A dtype code in words, e.g. {@code <f8} → "64-bit floats", {@code |b1} → "true/false values"; {@code null}
     * when it is not a code numpy writes.
     */
    static String words(String code) {
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            return null;
        }
        String kind = m.group(2);
        String size = m.group(3);
        int bits = size.isEmpty() ? 0 : 8 * Integer.parseInt(size);
        String sized = bits > 0 ? bits + "-bit " : "";
        return switch (kind) {
            case "f" -> sized + "floats";
            case "i" -> sized + "integers";
            case "u" -> sized + "unsigned integers";
            case "c" -> sized + "complex numbers";
            case "b" -> "true/false values";
            case "U" -> "text";
            case "S" -> "bytes";
            case "O" -> "Python objects";
            case "M" -> "dates and times";
            case "m" -> "time spans";
            case "V" -> "raw bytes";
            default -> null;
        };
    }
}
