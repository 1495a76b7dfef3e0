package org.descentlab.ui.network;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.descentlab.ui.words.Words;

/**
 * Numpy's jargon in file messages put in words for students: the readers in {@code core.io} name what a file holds as
 * numpy does ({@code 'labels' has dtype <f4; expected integers (int32 or int64)}), which says nothing to someone who
 * never used numpy. The tab shows {@code 'labels' holds 32-bit floats; expected integers (32-bit or 64-bit)} instead.
 * A code it does not know stays as it was, so nothing is ever hidden. The words come from the {@code network} bundle
 * ({@code network.numpy.…}), in the language spoken when the message is made.
 */
final class NumpyWords {

    /**
     * A dtype code: an optional byte order ({@code <}, {@code >}, {@code |} or {@code =}), a kind letter and an
     * optional size in bytes, standing on its own: not inside a word, and followed by a space, punctuation or the end.
     */
    private static final Pattern CODE = Pattern.compile("(?<![\\w<>|=])([<>|=]?)([biufcOSUVMm])(\\d*)(?=[\\s,;:.)]|$)");
    /** "has dtype X" with the space before it: the words that replace it bring their own (Korean wants none). */
    private static final Pattern HAS_DTYPE = Pattern.compile("\\s?has dtype (\\S+?)(?=[,;:)]|\\s|$)");

    /** Numpy's type names, and the keys of their words. */
    private static final Map<String, String> NAMED_LISTS = Map.of(
            "(float32 or float64)", "network.numpy.bothSizes",
            "(int32 or int64)", "network.numpy.bothSizes",
            "(use float32, float64, int32 or int64)", "network.numpy.useInstead");

    private NumpyWords() {
    }

    /** {@code message} with every dtype code and numpy type list in words; other text is left as it is. */
    static String plain(String message) {
        if (message == null) {
            return null;
        }
        String text = message;
        for (var e : NAMED_LISTS.entrySet()) {
            text = text.replace(e.getKey(), Words.get(e.getValue()));
        }
        // "has dtype <f4" reads "holds 32-bit floats"; a code not known keeps its text: "has values of type <x9".
        text = replaceAll(HAS_DTYPE, text, m -> {
            String words = words(m.group(1));
            return words == null ? Words.format("network.numpy.typeOf", m.group(1))
                    : Words.format("network.numpy.holds", words);
        });
        // Codes anywhere else ("expected <f8"); without a byte order a lone letter is a word, not a code.
        text = replaceAll(CODE, text, m -> {
            String words = m.group(1).isEmpty() ? null : words(m.group());
            return words == null ? m.group() : words;
        });
        return text.equals(message) ? message
                : text.replace(", which is not supported", Words.get("network.numpy.cannotRead"));
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
        String key = switch (kind) {
            case "f" -> "floats";
            case "i" -> "integers";
            case "u" -> "unsigned";
            case "c" -> "complex";
            case "b" -> "booleans";
            case "U" -> "text";
            case "S" -> "bytes";
            case "O" -> "objects";
            case "M" -> "dates";
            case "m" -> "spans";
            case "V" -> "raw";
            default -> null;
        };
        if (key == null) {
            return null;
        }
        String words = Words.get("network.numpy." + key);
        // Only numbers have a size worth saying: "32-bit floats", but not "8-bit true/false values".
        return bits > 0 && "fiuc".contains(kind) ? Words.format("network.numpy.sized", bits, words) : words;
    }
}
