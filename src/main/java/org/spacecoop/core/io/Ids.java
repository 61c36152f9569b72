package org.spacecoop.core.io;

import java.util.Locale;

/** The id syntax of the format: {@code [a-z0-9][a-z0-9_.-]*}. */
final class Ids {

    private Ids() {
    }

    static boolean valid(String id) {
        if (id.isEmpty() || !alnum(id.charAt(0))) return false;
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!alnum(c) && c != '_' && c != '.' && c != '-') return false;
        }
        return true;
    }

    static String explain(String id) {
        String hint = id.toLowerCase(Locale.ROOT).equals(id) ? "" : " (ids are lowercase)";
        return "invalid id " + Suggestions.quote(id) + hint
                + ": use lowercase letters, digits and _ . -, starting with a letter or digit";
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
