package org.spacecoop.ui.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.spacecoop.core.render.BundledFonts;
import org.spacecoop.core.render.FontFallback;

/**
 * Fonts for Chinese, Japanese and Arabic names in controls. JavaFX does not fall back from the default font to one
 * with CJK or Arabic glyphs on every platform (on Linux such names showed as boxes), so text is cut into runs by
 * script and each non-Latin run gets the first installed family of {@link FontFallback} through an inline
 * {@code -fx-font-family} (size and weight still come from the stylesheet). Arabic gets the bundled Noto Sans Arabic
 * where the system has no Arabic font of the list; JavaFX shapes it and lays it out right to left.
 */
public final class ScriptFonts {

    private static Set<String> installed;
    private static boolean loaded;

    private ScriptFonts() {
    }

    /**
     * Loads the fonts bundled with the app ({@link BundledFonts}) into JavaFX, once, so CSS and the canvas can name
     * them; call before the first text with Arabic is laid out (the families list is read after it).
     */
    public static synchronized void loadBundled() {
        if (loaded) return;
        loaded = true;
        if (Font.loadFont(BundledFonts.arabic().toExternalForm(), 12) == null) {
            System.err.println("space-coop-explorer: the bundled Arabic font could not be loaded; Arabic may not show");
        }
    }

    /** The text as Text runs, one per script; Latin runs keep the stylesheet's font. */
    public static List<Text> texts(String text, String... styleClasses) {
        List<Text> out = new ArrayList<>();
        for (Run r : runs(text)) {
            Text t = new Text(r.text());
            t.getStyleClass().addAll(styleClasses);
            if (r.script() != FontFallback.Script.LATIN) t.setStyle(familyStyle(r.script()));
            out.add(t);
        }
        return out;
    }

    /** A TextFlow of the text's script runs. */
    public static TextFlow flow(String text, String... styleClasses) {
        return new TextFlow(texts(text, styleClasses).toArray(Text[]::new));
    }

    /** True when the text needs more than the default font. */
    public static boolean needsFallback(String text) {
        return FontFallback.scriptOf(text) != FontFallback.Script.LATIN;
    }

    /**
     * An inline style choosing the family for the script ("" for Latin or when no suitable font is installed), upright:
     * slanting is a Latin convention, and JavaFX shapes Arabic with the upright face but draws the glyphs from the
     * oblique one, which gives garbage.
     */
    public static String familyStyle(FontFallback.Script script) {
        if (script == FontFallback.Script.LATIN) return "";
        String family = FontFallback.choose(script, installed(), null);
        return family == null ? "" : "-fx-font-family: '" + family + "'; -fx-font-style: normal;";
    }

    /** The family {@link #familyStyle} names for the script, or null when it names none. */
    public static String family(FontFallback.Script script) {
        return script == FontFallback.Script.LATIN ? null : FontFallback.choose(script, installed(), null);
    }

    record Run(String text, FontFallback.Script script) {
    }

    /** Maximal runs of one script; spaces and punctuation stay with the run they follow. */
    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (!needsFallback(text)) {
            runs.add(new Run(text, FontFallback.Script.LATIN));
            return runs;
        }
        int start = 0;
        FontFallback.Script current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            FontFallback.Script s = Character.isLetterOrDigit(cp) ? FontFallback.scriptOf(new String(Character.toChars(cp))) : null;
            if (s != null && current != null && s != current) {
                runs.add(new Run(text.substring(start, i), current));
                start = i;
            }
            if (s != null) current = s;
            i += Character.charCount(cp);
        }
        runs.add(new Run(text.substring(start), current == null ? FontFallback.Script.LATIN : current));
        return runs;
    }

    public static Set<String> installed() {
        loadBundled();
        if (installed == null) {
            Set<String> s = new HashSet<>();
            for (String f : Font.getFamilies()) s.add(f.toLowerCase(Locale.ROOT));
            installed = s;
        }
        return installed;
    }
}
