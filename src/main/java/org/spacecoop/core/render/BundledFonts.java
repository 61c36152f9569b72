package org.spacecoop.core.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Fonts shipped in the jar for scripts a system may have no font for: Noto Sans Arabic (SIL Open Font License 1.1,
 * {@code fonts/OFL.txt} beside it). Many Linux installations have no Arabic font, or only DejaVu Sans, whose Arabic
 * glyphs JavaFX mis-draws in italic text. Java2D gets it through {@link #registerWithJava2D()}; the JavaFX side loads
 * the same file from {@link #arabic()}.
 */
public final class BundledFonts {

    /** The family name of the bundled Arabic font, first in {@link FontFallback#ARABIC_FAMILIES}. */
    public static final String ARABIC_FAMILY = "Noto Sans Arabic";
    static final String ARABIC_RESOURCE = "fonts/NotoSansArabic-Regular.ttf";

    private static volatile boolean registered;

    private BundledFonts() {
    }

    /** The bundled Arabic font file, for JavaFX's {@code Font.loadFont}. */
    public static URL arabic() {
        URL url = BundledFonts.class.getResource(ARABIC_RESOURCE);
        if (url == null) throw new IllegalStateException("missing resource " + ARABIC_RESOURCE);
        return url;
    }

    /** Makes the bundled fonts known to Java2D (PNG and SVG exports), once; works headless. */
    public static void registerWithJava2D() {
        if (registered) return;
        synchronized (BundledFonts.class) {
            if (registered) return;
            try (InputStream in = arabic().openStream()) {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + ARABIC_RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + ARABIC_RESOURCE + " is not a TrueType font", e);
            }
            registered = true;
        }
    }
}
