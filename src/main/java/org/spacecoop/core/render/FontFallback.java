package org.spacecoop.core.render;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Font choice per label, by script, so Chinese, Japanese, Korean and Arabic names render: each surface picks the
 * first family of {@link #candidates(String)} that is installed (Java2D: {@code GraphicsEnvironment}; JavaFX:
 * {@code Font.getFamilies()}), else its default sans-serif (which on Linux still falls back through fontconfig).
 * Only Arabic is bundled ({@link BundledFonts}): on a machine with no CJK font such labels may show as boxes, and the
 * SVG still keeps the characters as text with a CSS family list ({@link #cssFamilyList(String)}) so the viewer's
 * fonts apply.
 * On Debian/Ubuntu {@code fonts-noto-cjk} and {@code fonts-noto-core} provide every family named first here.
 */
public final class FontFallback {

    public enum Script { LATIN, CJK, ARABIC }

    public static final List<String> LATIN_FAMILIES = List.of("Noto Sans", "DejaVu Sans", "Liberation Sans",
            "Arial", "Helvetica");
    public static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans CJK JP",
            "Noto Sans CJK TC", "Noto Sans CJK KR", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Droid Sans Fallback", "Microsoft YaHei", "PingFang SC", "Hiragino Sans", "Yu Gothic", "MS Gothic");
    public static final List<String> ARABIC_FAMILIES = List.of("Noto Sans Arabic", "Noto Naskh Arabic",
            "Noto Kufi Arabic", "DejaVu Sans", "Arial", "Tahoma", "Geeza Pro");

    private FontFallback() {
    }

    /** The script that decides the font: CJK if any Han/kana/Hangul letter occurs, else Arabic if any, else Latin. */
    public static Script scriptOf(String text) {
        boolean arabic = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0590) continue;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> {
                    return Script.CJK;
                }
                case ARABIC, SYRIAC, THAANA -> arabic = true;
                default -> {
                }
            }
        }
        return arabic ? Script.ARABIC : Script.LATIN;
    }

    public static List<String> candidates(Script script) {
        return switch (script) {
            case CJK -> CJK_FAMILIES;
            case ARABIC -> ARABIC_FAMILIES;
            case LATIN -> LATIN_FAMILIES;
        };
    }

    public static List<String> candidates(String text) {
        return candidates(scriptOf(text));
    }

    /**
     * The first candidate family present in {@code installedLowerCase} (family names in lower case), or
     * {@code fallback} when none is.
     */
    public static String choose(Script script, Set<String> installedLowerCase, String fallback) {
        for (String f : candidates(script)) if (installedLowerCase.contains(f.toLowerCase(Locale.ROOT))) return f;
        return fallback;
    }

    /** A CSS font-family value (double-quoted names, for single-quoted SVG attributes) starting with {@code family} and going on with every fallback, then sans-serif. */
    public static String cssFamilyList(String family) {
        StringBuilder sb = new StringBuilder();
        sb.append('"').append(family).append('"');
        for (List<String> list : List.of(LATIN_FAMILIES.subList(0, 2), CJK_FAMILIES.subList(0, 2),
                ARABIC_FAMILIES.subList(0, 1))) {
            for (String f : list) if (!f.equalsIgnoreCase(family)) sb.append(", \"").append(f).append('"');
        }
        return sb.append(", sans-serif").toString();
    }
}
