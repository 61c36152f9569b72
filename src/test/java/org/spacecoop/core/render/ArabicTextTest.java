package org.spacecoop.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.EntityKind;

/**
 * The UAE's Arabic name is drawn in exports with glyphs from a font that has them (the bundled Noto Sans Arabic where
 * the system has none of the list), shaped and right to left; SVG keeps it as text for the viewer, naming that font.
 */
class ArabicTextTest {

    static final String UAE_ARABIC = "الإمارات العربية المتحدة";

    private static RenderScene labelled(String label) {
        return RenderScene.builder(1, 0).node(0, "uae", label, EntityKind.Family.COUNTRY, 1, 6).position(0, 0, 0).build();
    }

    private static final ImageOptions VIEW = ImageOptions.currentView(new Viewport(1, 200, 30), 400, 70);

    @Test
    void exportsChooseAFontThatHasEveryGlyphOfTheArabicName() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        Font f = new Graphics2DSurface(g).fontForText(UAE_ARABIC);
        g.dispose();
        assertThat(f.canDisplayUpTo(UAE_ARABIC)).isEqualTo(-1);
        assertThat(f.getFamily(java.util.Locale.ROOT)).isNotEqualToIgnoringCase(Font.SANS_SERIF).isNotEqualToIgnoringCase("Dialog");
    }

    @Test
    void pngDrawsTheNameShapedAsJava2DLaysItOutRightToLeft() {
        BufferedImage label = new ImageExporter().renderImage(labelled(UAE_ARABIC), VIEW);
        BufferedImage none = new ImageExporter().renderImage(labelled(""), VIEW);
        int[] ink = inkColumns(label, none);
        assertThat(ink[1] - ink[0]).isGreaterThan(60);

        // The same text laid out by Java2D's TextLayout (HarfBuzz shaping, bidi) in the chosen font, at the label size.
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D sg = scratch.createGraphics();
        Font font = new Graphics2DSurface(sg).fontForText(UAE_ARABIC).deriveFont(12f);
        sg.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        TextLayout shaped = new TextLayout(UAE_ARABIC, font, sg.getFontRenderContext());
        sg.dispose();
        assertThat(shaped.isLeftToRight()).isFalse();
        double inkWidth = ink[1] - ink[0] + 1;
        assertThat(inkWidth).isCloseTo(shaped.getBounds().getWidth(), org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void svgKeepsTheNameAsTextInTheBundledOrAnInstalledArabicFont() {
        String svg = new ImageExporter().renderSvg(labelled(UAE_ARABIC), VIEW);
        int at = svg.indexOf(UAE_ARABIC);
        assertThat(at).isPositive();
        String element = svg.substring(svg.lastIndexOf("<text", at), at);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        String family = new Graphics2DSurface(g).fontForText(UAE_ARABIC).getFamily(java.util.Locale.ROOT);
        g.dispose();
        assertThat(element).contains("font-family").contains(family);
        assertThat(FontFallback.cssFamilyList(family)).contains("\"" + BundledFonts.ARABIC_FAMILY + "\"");
    }

    /** First and last column where the two images differ inside the label's band. */
    private static int[] inkColumns(BufferedImage a, BufferedImage b) {
        int first = -1, last = -1;
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                if (a.getRGB(x, y) != b.getRGB(x, y) && Argb.red(a.getRGB(x, y)) < 160) {
                    if (first < 0) first = x;
                    last = x;
                    break;
                }
            }
        }
        return new int[] {first, last};
    }
}
