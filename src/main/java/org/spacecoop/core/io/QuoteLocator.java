package org.spacecoop.core.io;

import java.util.HashMap;
import java.util.Map;

import org.spacecoop.core.model.Passage;

/**
 * Finds quotes in a source document where runs of white space compare equal ("far\n  side" matches
 * "far side"). The text is collapsed once; each match maps back to offsets in the original text.
 */
final class QuoteLocator {

    /** Stands for "not found" in the cache. */
    private static final Passage ABSENT = new Passage("", 0, 0, "", false);

    private final String sourceId;
    private final String text;
    private final String collapsed;
    /** For each character of {@code collapsed}, its offset in the original text. */
    private final int[] origin;
    /** Quotes are often repeated across relations: each is searched once, and its passage shared. */
    private final Map<String, Passage> cache = new HashMap<>();

    QuoteLocator(String sourceId, String text) {
        this.sourceId = sourceId;
        this.text = text;
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    map[sb.length()] = i;
                    sb.append(' ');
                }
                space = true;
            } else {
                map[sb.length()] = i;
                sb.append(c);
                space = false;
            }
        }
        this.collapsed = sb.toString();
        this.origin = map;
    }

    /** Collapses runs of white space to one space and trims. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    /** The curated passage at the quote's first occurrence, holding the document's own text; null when absent. */
    Passage locate(String quote) {
        Passage hit = cache.get(quote);
        if (hit == null) {
            long span = find(quote);
            hit = span < 0 ? ABSENT : new Passage(sourceId, start(span), end(span), text.substring(start(span), end(span)), true);
            cache.put(quote, hit);
        }
        return hit == ABSENT ? null : hit;
    }

    /** [start, end) of the first occurrence in the original text, packed as start << 32 | end; -1 when absent. */
    long find(String quote) {
        String q = collapse(quote);
        int i = q.isEmpty() ? -1 : longestPrefixMatch(q, true);
        if (i < 0) return -1;
        int start = origin[i];
        int end = origin[i + q.length() - 1] + 1;
        return (long) start << 32 | end;
    }

    /** How many leading characters of the (collapsed) quote occur in the text: a hint for a broken quote. */
    int matchingPrefix(String quote) {
        String q = collapse(quote);
        return q.isEmpty() ? 0 : longestPrefixMatch(q, false);
    }

    /**
     * One Knuth-Morris-Pratt pass over the document, linear in its length and the quote's (String.indexOf compares
     * again from each start: a 40,000-character quote in a 400 KB document took a minute). With {@code first}: the
     * index in {@link #collapsed} of the quote's first occurrence, or -1. Otherwise: the length of the longest prefix
     * of the quote that occurs anywhere.
     */
    private int longestPrefixMatch(String q, boolean first) {
        int m = q.length();
        int[] fail = new int[m]; // fail[k]: the longest proper border of q[0..k]
        for (int k = 1, b = 0; k < m; k++) {
            while (b > 0 && q.charAt(k) != q.charAt(b)) b = fail[b - 1];
            if (q.charAt(k) == q.charAt(b)) b++;
            fail[k] = b;
        }
        int best = 0;
        for (int i = 0, matched = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            while (matched > 0 && (matched == m || c != q.charAt(matched))) matched = fail[matched - 1];
            if (c == q.charAt(matched)) matched++;
            if (matched == m && first) return i - m + 1;
            best = Math.max(best, matched);
            if (best == m) break;
        }
        return first ? -1 : best;
    }

    static int start(long span) {
        return (int) (span >>> 32);
    }

    static int end(long span) {
        return (int) span;
    }
}
