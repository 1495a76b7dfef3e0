package org.descentlab.core.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Shortest decimal text that reads back as exactly the same double, as Python's {@code repr} and JDK 19+'s
 * {@code Double.toString} give it (JDK 17's {@code Double.toString} sometimes prints more digits than needed).
 *
 * <p>Fixed notation for magnitudes in [1e-4, 1e16), scientific otherwise: {@code 0.1}, {@code 100.0},
 * {@code 1e-05}, {@code 1.5e+20}.
 */
public final class ShortestDecimal {

    private ShortestDecimal() {
    }

    /** The shortest round-trip text of {@code value}; {@code nan}, {@code inf} and {@code -inf} for the rest. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal digits = exact;
        // The nearest decimal with p significant digits round-trips for some p ≤ 17; take the first.
        for (int p = 1; p <= 17; p++) {
            BigDecimal rounded = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                digits = rounded;
                break;
            }
        }
        return render(digits.stripTrailingZeros());
    }

    private static String render(BigDecimal d) {
        String unscaled = d.unscaledValue().abs().toString();
        String sign = d.signum() < 0 ? "-" : "";
        int exponent = unscaled.length() - 1 - d.scale(); // decimal exponent of the leading digit
        if (exponent >= -4 && exponent < 16) {
            String plain = d.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        String exp = String.format("%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
        return sign + mantissa + "e" + exp;
    }
}
