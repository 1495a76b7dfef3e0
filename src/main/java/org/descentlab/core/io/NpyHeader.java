package org.descentlab.core.io;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The dict at the start of a {@code .npy} file, e.g. {@code {'descr': '<f4', 'fortran_order': False, 'shape': (1000,
 * 2), }}, reduced to what we support: a plain element type in either byte order, C order, and a shape whose data fits
 * in one Java array.
 *
 * @param type element type
 * @param order byte order of the data ({@code <} little-endian as numpy writes it, or {@code >} big-endian)
 * @param shape size along each axis
 */
record NpyHeader(NpyType type, ByteOrder order, int[] shape) {

    /** Largest Java array we try to allocate; a few bytes below {@code Integer.MAX_VALUE}, as the JDK does. */
    static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

    /** numpy 2's limit on the number of axes (NPY_MAXDIMS); numpy 1 allowed 32. */
    private static final int MAX_AXES = 64;

    /** numpy leaves room for the first axis to grow to this many digits without rewriting the file. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;

    private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");

    /** Number of values the header announces. */
    int count() {
        int count = 1;
        for (int size : shape) {
            count *= size;
        }
        return count;
    }

    /** Number of data bytes that follow the header. */
    int dataBytes() {
        return count() * type.bytes();
    }

    /** The header numpy's {@code np.save} writes for a C-order array, before the alignment padding. */
    static String text(NpyType type, int[] shape) {
        String dict = "{'descr': '" + type.descr() + "', 'fortran_order': False, 'shape': "
                + NpyArray.shapeText(shape) + ", }";
        // Same spare room as numpy >= 1.24 so that our files are byte-for-byte what np.save gives.
        int spare = shape.length == 0 ? 0 : GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[0]).length();
        return dict + " ".repeat(spare);
    }

    /** Reads the header text of the array at {@code source}; every problem becomes one clear sentence. */
    static NpyHeader parse(String text, ArraySource source) throws NumpyFileException {
        Object literal;
        try {
            literal = PythonLiteral.parse(text);
        } catch (PythonLiteral.SyntaxError e) {
            throw damaged(source, e.getMessage());
        }
        if (!(literal instanceof Map<?, ?> dict)) {
            throw damaged(source, "it is not a dictionary");
        }
        for (Object key : dict.keySet()) {
            if (!KEYS.contains(key)) {
                throw damaged(source, "unexpected key " + literalText(key));
            }
        }
        for (String key : KEYS) {
            if (!dict.containsKey(key)) {
                throw damaged(source, "it has no '" + key + "'");
            }
        }
        Object fortranOrder = dict.get("fortran_order");
        if (!(fortranOrder instanceof Boolean fortran)) {
            throw damaged(source, "'fortran_order' is " + literalText(fortranOrder) + ", not True or False");
        }
        String descr = supportedDescr(dict.get("descr"), source);
        NpyType type = NpyType.fromKindAndSize(descr.substring(1));
        ByteOrder order = descr.charAt(0) == '<' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        if (fortran) {
            throw source.problem(source.subject() + " is stored in Fortran (column-major) order, which is not"
                    + " supported; save np.ascontiguousarray(a) instead");
        }
        return new NpyHeader(type, order, shape(dict.get("shape"), type, source));
    }

    /** {@code descr} if it is one we read, such as {@code <f4}; refuses every other with a message naming it. */
    private static String supportedDescr(Object descr, ArraySource source) throws NumpyFileException {
        if (descr instanceof PythonLiteral.PyList) {
            throw source.problem(source.subject() + " is a structured array (several named fields per value),"
                    + " which is not supported");
        }
        if (!(descr instanceof String code)) {
            throw damaged(source, "'descr' is " + literalText(descr) + ", not a dtype");
        }
        // Only '<' and '>' occur: numpy writes '|' only for one-byte types and never writes '=' (native) at all.
        boolean known = code.length() > 1 && (code.charAt(0) == '<' || code.charAt(0) == '>')
                && NpyType.fromKindAndSize(code.substring(1)) != null;
        if (!known) {
            throw source.problem(source.subject() + " has dtype " + MessageText.shown(code) + ", which is not supported"
                    + " (use float32, float64, int32 or int64)");
        }
        return code;
    }

    private static int[] shape(Object value, NpyType type, ArraySource source) throws NumpyFileException {
        if (!(value instanceof PythonLiteral.Tuple tuple) || !tuple.items().stream().allMatch(Long.class::isInstance)) {
            throw damaged(source, "'shape' is " + literalText(value) + ", not a tuple of whole numbers");
        }
        long[] sizes = tuple.items().stream().mapToLong(Long.class::cast).toArray();
        if (sizes.length > MAX_AXES) {
            throw damaged(source, "'shape' has " + sizes.length + " axes, more than numpy's limit of " + MAX_AXES);
        }
        if (Arrays.stream(sizes).anyMatch(size -> size < 0)) {
            throw damaged(source, "'shape' " + shown(sizes) + " has a negative size");
        }
        // An axis of 0 makes the array empty whatever the others claim; otherwise stop once past the limit, so
        // that the product (at most 2^31 * 2^31) cannot overflow.
        long bytes = Arrays.stream(sizes).anyMatch(size -> size == 0) ? 0 : type.bytes();
        for (int i = 0; i < sizes.length && bytes <= MAX_ARRAY_BYTES; i++) {
            bytes *= Math.min(sizes[i], 1L << 31);
        }
        if (bytes > MAX_ARRAY_BYTES) {
            throw source.problem(source.subject() + " claims shape " + shown(sizes)
                    + ", more data than can be loaded (the header may be damaged)");
        }
        int[] shape = new int[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] > Integer.MAX_VALUE) {
                throw source.problem(source.subject() + " claims shape " + shown(sizes)
                        + ", whose axes are too long to be loaded (the header may be damaged)");
            }
            shape[i] = (int) sizes[i];
        }
        return shape;
    }

    /** A shape for a message; a damaged header may give one of many axes. */
    private static String shown(long[] sizes) {
        return MessageText.shown(NpyArray.shapeText(sizes));
    }

    private static NumpyFileException damaged(ArraySource source, String detail) {
        return source.problem(source.subject() + " has a damaged .npy header (" + detail + ")");
    }

    /** A parsed value as Python would show it, for messages. */
    private static String literalText(Object value) {
        if (value instanceof String s) {
            return "'" + MessageText.shown(s) + "'";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Map) {
            return "a dictionary";
        }
        if (value instanceof PythonLiteral.Tuple || value instanceof PythonLiteral.PyList) {
            return "a sequence";
        }
        return String.valueOf(value);
    }
}
