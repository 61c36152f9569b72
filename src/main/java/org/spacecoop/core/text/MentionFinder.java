package org.spacecoop.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places where a text names something, given its names (an entity's name and aliases).
 * <ul>
 *   <li>Whole words only: no letter or digit may touch a match ("US" is not found in "USA" or "use");
 *       punctuation may ("US-based", "ESA's", "(NILS)" all name their acronym).</li>
 *   <li>Acronyms (no lower-case letter, at most {@value #ACRONYM_MAX} characters: "US", "ESA", "U.S.") match
 *       with their exact case, so "US" is not found in "us"; other names ignore case.</li>
 *   <li>Runs of white space in a name match any run of white space; ' and ’ are the same apostrophe.</li>
 *   <li>Names in scripts without spaces between words (Chinese, Japanese) match anywhere.</li>
 *   <li>Where names overlap, the longest one wins; spans never overlap.</li>
 * </ul>
 */
public final class MentionFinder {

    static final int ACRONYM_MAX = 6;

    private final Pattern pattern;

    public MentionFinder(Collection<String> names) {
        this.pattern = compile(names);
    }

    /** Spans of every mention, in text order. */
    public List<Span> find(CharSequence text) {
        List<Span> out = new ArrayList<>();
        if (pattern == null) return out;
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(new Span(m.start(), m.end()));
        return out;
    }

    /** Spans of mentions within [from, to) of the text. */
    public List<Span> find(CharSequence text, int from, int to) {
        List<Span> out = new ArrayList<>();
        if (pattern == null) return out;
        Matcher m = pattern.matcher(text).region(from, to);
        m.useTransparentBounds(true); // look-arounds see the characters just outside the region
        while (m.find()) out.add(new Span(m.start(), m.end()));
        return out;
    }

    public boolean mentions(CharSequence text) {
        return pattern != null && pattern.matcher(text).find();
    }

    /** True for names matched with their exact case. */
    public static boolean isAcronym(String name) {
        String n = name.strip();
        if (n.length() > ACRONYM_MAX) return false;
        boolean letter = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }

    private static Pattern compile(Collection<String> names) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String n : names) if (n != null && n.strip().length() >= 2) distinct.add(n.strip());
        if (distinct.isEmpty()) return null;
        List<String> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // longest first wins at one start
        StringBuilder sb = new StringBuilder();
        for (String name : sorted) {
            if (sb.length() > 0) sb.append('|');
            sb.append(alternative(name));
        }
        return Pattern.compile(sb.toString());
    }

    private static String alternative(String name) {
        StringBuilder sb = new StringBuilder();
        if (wordChar(name.charAt(0))) sb.append("(?<![\\p{L}\\p{N}])");
        sb.append(isAcronym(name) ? "(?:" : "(?iu:");
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i < name.length() && Character.isWhitespace(name.charAt(i))) i++;
                sb.append("\\s+");
                continue;
            }
            if (c == '\'' || c == '’') sb.append("['’]");
            else if (Character.isLetterOrDigit(c)) sb.append(c);
            else sb.append('\\').append(c);
            i++;
        }
        sb.append(')');
        if (wordChar(name.charAt(name.length() - 1)) || name.endsWith(".")) sb.append("(?![\\p{L}\\p{N}])");
        return sb.toString();
    }

    /** Letters and digits of scripts that separate words with spaces. */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isIdeographic(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.HIRAGANA
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.KATAKANA;
    }
}
