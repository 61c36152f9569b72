package org.spacecoop.core.io;

import java.util.Collection;
import java.util.Locale;

import org.spacecoop.core.text.EditDistance;

/** "did you mean …?" hints by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /** {@code (did you mean "cnsa"?)} with a leading space, or "" when nothing is close enough. */
    static String didYouMean(String wrong, Collection<String> candidates) {
        String best = closest(wrong, candidates);
        return best == null ? "" : " (did you mean " + quote(best) + "?)";
    }

    /** The candidate nearest to {@code wrong} within a third of its length (at least 1, at most 3 edits). */
    static String closest(String wrong, Collection<String> candidates) {
        int limit = Math.max(1, Math.min(3, wrong.length() / 3));
        String best = null;
        int bestDistance = limit + 1;
        for (String c : candidates) {
            if (Math.abs(c.length() - wrong.length()) >= bestDistance) continue;
            int d = distance(wrong.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (Levenshtein plus swaps of neighbours). */
    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }

    /** A value in double quotes, shortened to 60 characters, control characters written as JSON escapes. */
    static String quote(String s) {
        String t = s.length() > 60 ? s.substring(0, 57) + "…" : s;
        StringBuilder b = new StringBuilder(t.length() + 2).append('"');
        for (char c : t.toCharArray()) {
            if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
