package org.spacecoop.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into sentences. A sentence ends at . ! or ? (and any closing quotes or brackets) when
 * white space and an upper-case letter, a digit or an opening quote follow, unless the word before the period
 * is an abbreviation ("Dr.", "e.g.") or an initialism ("U.S."): "U.S. President" stays one sentence, at the
 * price of not splitting a sentence that ends in "U.S.". A blank line always ends a sentence; a single line
 * break does too, except where it looks like a hard wrap (a lower-case word or a comma before it and a
 * lower-case word after it). Spans exclude surrounding white space.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr",
            "gen", "lt", "col", "capt", "sen", "rep", "gov", "pres", "vs", "etc", "e.g", "i.e", "cf",
            "inc", "ltd", "co", "corp", "approx", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mt", "ft");

    private SentenceSplitter() {
    }

    public static List<Span> split(CharSequence text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            int cut = -1;
            if (c == '\n' && endsAtLineBreak(text, start, i)) {
                cut = i;
            } else if ((c == '.' || c == '!' || c == '?') && i > start) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) end++;
                if (startsSentence(text, end) && !(c == '.' && abbreviationBefore(text, start, i))) cut = end;
            }
            if (cut >= 0) {
                add(out, text, start, cut);
                start = skipSpace(text, cut);
                i = start;
            } else {
                i++;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<Span> out, CharSequence text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }

    private static int skipSpace(CharSequence text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** After end: white space, then something that can start a sentence (or the end of the text). */
    private static boolean startsSentence(CharSequence text, int end) {
        if (end >= text.length()) return true;
        if (!Character.isWhitespace(text.charAt(end))) return false;
        int j = skipSpace(text, end);
        if (j >= text.length()) return true;
        char d = text.charAt(j);
        return Character.isUpperCase(d) || Character.isDigit(d) || Character.isIdeographic(d)
                || "\"“‘'([".indexOf(d) >= 0;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    /** True when the word ending at the period is an abbreviation or an initialism. */
    private static boolean abbreviationBefore(CharSequence text, int start, int period) {
        int w = period;
        while (w > start && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') w--;
        String word = text.subSequence(w, period).toString();
        if (word.isEmpty()) return false;
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) return true;
        // initialisms: "U.S", "U.K", "J" (as in "J. Smith")
        return word.matches("(\\p{Lu}\\.)*\\p{Lu}");
    }

    /** A line break ends the sentence unless it looks like a hard wrap inside one. */
    private static boolean endsAtLineBreak(CharSequence text, int start, int i) {
        int before = i;
        while (before > start && text.charAt(before - 1) == '\r') before--;
        if (before == start) return false;
        int after = i + 1;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) after++;
        if (after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r') return true;
        char p = text.charAt(before - 1);
        char q = text.charAt(after);
        boolean wrapped = (Character.isLowerCase(p) || p == ',' || p == ';') && Character.isLowerCase(q);
        return !wrapped;
    }
}
