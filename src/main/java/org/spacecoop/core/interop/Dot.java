package org.spacecoop.core.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers for the DOT language. */
final class Dot {

    private Dot() {
    }

    /** A double-quoted DOT id; ids such as "iss.member-of" are not valid unquoted. */
    static String quote(String id) {
        return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Removes the quotes {@link #quote} added, if any. */
    static String unquote(String id) {
        if (id.length() >= 2 && id.startsWith("\"") && id.endsWith("\"")) {
            return id.substring(1, id.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return id;
    }

    /** A plain decimal (no exponent), rounded to 0.01: what Graphviz's pos expects. */
    static String number(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
