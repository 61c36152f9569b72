package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.render.BundledFonts;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.canvas.FxCanvasSurface;
import org.testfx.util.WaitForAsyncUtils;

/** The UAE's Arabic alias is shown with a font that has its glyphs, upright, in the detail panel and on the canvas. */
class ScriptsTest extends LaunchedApp {

    static final String UAE_ARABIC = "الإمارات العربية المتحدة";

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @Test
    void theArabicAliasInTheDetailPanelIsSetInAFontWithArabicGlyphs() throws Exception {
        Entity uae = view.viewModel().getGraph().entity("cty_ae").orElseThrow();
        assertThat(uae.aliases()).contains(UAE_ARABIC);
        Point2D p = view.canvas().screenPointOf(uae).orElseThrow();
        clickOn(view.canvas().localToScreen(p), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().getSelection().selectedEntity()).contains(uae);

        TextFlow aliases = lookup(".aliases-flow").query();
        Text arabic = aliases.getChildren().stream().filter(n -> n instanceof Text t && t.getText().contains(UAE_ARABIC))
                .map(Text.class::cast).findFirst().orElseThrow();
        Font font = arabic.getFont();
        assertThat(coversArabic(font.getFamily())).as(font.getFamily()).isTrue();
        // upright: JavaFX draws an oblique face's glyphs for an upright face's shaping, i.e. garbage
        assertThat(font.getStyle().toLowerCase(Locale.ROOT)).doesNotContain("italic").doesNotContain("oblique");
        // the Latin part keeps the stylesheet's font
        assertThat(aliases.getChildren().stream().filter(n -> n instanceof Text t && t.getText().startsWith("Also:"))
                .map(n -> ((Text) n).getFont().getFamily()).toList()).doesNotContain(font.getFamily());
    }

    @Test
    void theCanvasSurfaceSetsArabicInAFontWithArabicGlyphs() throws Exception {
        Font font = WaitForAsyncUtils.asyncFx(() -> new FxCanvasSurface(new Canvas(10, 10).getGraphicsContext2D())
                .fontForText(UAE_ARABIC)).get();
        assertThat(coversArabic(font.getFamily())).as(font.getFamily()).isTrue();
    }

    /** The same family through Java2D (which can tell) has every glyph; the bundled font is known to both. */
    private static boolean coversArabic(String family) {
        BundledFonts.registerWithJava2D();
        java.awt.Font awt = new java.awt.Font(family, java.awt.Font.PLAIN, 12);
        return awt.getFamily(Locale.ROOT).equalsIgnoreCase(family) && awt.canDisplayUpTo(UAE_ARABIC) == -1;
    }

}
