package org.spacecoop.ui.detail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spacecoop.core.model.Entity;

/**
 * Finds the names and aliases of given entities in a text, on word boundaries; short all-capital acronyms ("US",
 * "ESA") match case-sensitively, other names ignore case. Longer names win ("European Space Agency" over "Space").
 */
public final class NameMatcher {

    private record Name(String text, Entity entity) {
    }

    private final Pattern pattern;
    private final List<Name> names;

    public NameMatcher(Collection<Entity> entities) {
        List<Name> all = new ArrayList<>();
        for (Entity e : entities) for (String n : e.names()) if (n.strip().length() >= 2) all.add(new Name(n.strip(), e));
        all.sort(Comparator.comparingInt((Name n) -> -n.text().length()));
        this.names = all;
        StringBuilder re = new StringBuilder();
        for (Name n : all) {
            if (re.length() > 0) re.append('|');
            boolean acronym = n.text().length() <= 4 && n.text().equals(n.text().toUpperCase());
            re.append(acronym ? "(?-i:" : "(?:").append(Pattern.quote(n.text())).append(')');
        }
        this.pattern = all.isEmpty() ? null : Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Marks with the given style class for every mention in the text. */
    public List<Mark> find(String text, String styleClass) {
        List<Mark> marks = new ArrayList<>();
        if (pattern == null || text == null) return marks;
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Entity e = entityOf(m.group());
            if (e != null && boundaryOk(text, m.start(), m.end(), m.group())) {
                marks.add(new Mark(m.start(), m.end(), styleClass, e));
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return marks;
    }

    private Entity entityOf(String found) {
        for (Name n : names) if (n.text().equalsIgnoreCase(found)) return n.entity();
        return null;
    }

    /** Latin-script names need word boundaries; names in scripts without spaces (CJK) do not. */
    private static boolean boundaryOk(String text, int start, int end, String found) {
        if (isIdeographic(found.codePointAt(0))) return true;
        boolean before = start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
        return before && after;
    }

    private static boolean isIdeographic(int cp) {
        return Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA;
    }
}
