package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.render.LegendKey;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.Viewport;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.canvas.Legend;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The legend says what is drawn: the colour mode chosen in the toolbar, on screen and in an exported SVG. */
class LegendTest extends LaunchedApp {

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @AfterEach
    void backToKinds() throws Exception {
        if (!view.legend().content().colourTitle().equals("Nodes")) chooseColour("Kind");
        if (view.legend().isCollapsed()) clickOn("#legend-collapse");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void colourByCommunityListsTheCommunitiesByTheirLeadingMembersNotTheKinds() throws Exception {
        assertThat(colourLabels()).contains("Country", "Agency / organisation");

        chooseColour("Community");

        LegendKey.Groups groups = (LegendKey.Groups) view.legend().content().colour();
        List<String> entries = groups.entries().stream().map(LegendKey.Entry::label).toList();
        assertThat(colourLabels()).isEqualTo(entries).doesNotContain("Country", "Agency / organisation");
        assertThat(entries).hasSizeGreaterThan(2);
        // the largest community is named by its best connected members, e.g. "Artemis Accords, United States, … +N"
        assertThat(entries.get(0)).contains(", ").containsPattern("\\+\\d+$");
        assertThat(headings()).contains("Colour: community", "Shapes", "Relations", "Status");
        // the canvas's nodes carry those colours
        RenderScene scene = view.canvas().graphScene().scene();
        int coloured = 0;
        for (int i = 0; i < scene.nodeCount(); i++) if (scene.colorOverride(i) == groups.entries().get(0).argb()) coloured++;
        assertThat(coloured).isGreaterThan(2);
    }

    @Test
    void anExportedSvgWithLegendHoldsTheCommunityLegend() throws Exception {
        chooseColour("Community");
        List<String> entries = ((LegendKey.Groups) view.legend().content().colour()).entries().stream()
                .map(LegendKey.Entry::label).toList();
        Path file = dir.resolve("communities.svg");

        press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        clickOn("#export-format");
        clickOn("SVG image");
        doubleClickOn("#export-file");
        push(KeyCode.CONTROL, KeyCode.A);
        write(file.toString());
        clickOn("#export-ok");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file) && !view.viewModel().work().busyProperty().get());

        String svg = Files.readString(file);
        int start = svg.indexOf("id='legend'");
        assertThat(start).as(svg.substring(0, Math.min(600, svg.length()))).isPositive();
        String legend = svg.substring(start); // the legend is drawn last
        assertThat(legend).contains("Colour: community", xml(entries.get(0)), "Shapes").doesNotContain(">Country<");
        assertThat(entries.stream().filter(e -> legend.contains(xml(e))).count()).isGreaterThanOrEqualTo(entries.size() - 2);
    }

    @Test
    void fitLeavesRoomForTheLegendAndCollapsingItShrinksIt() throws Exception {
        Legend legend = view.legend();
        clickOn("#fit-button");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = legend.getBoundsInParent();
        RenderScene scene = view.canvas().graphScene().scene();
        Viewport v = view.canvas().viewport();
        for (int i = 0; i < scene.nodeCount(); i++) {
            if (!scene.isNodeVisible(i)) continue;
            double left = v.toScreenX(scene.x(i)) - scene.radius(i) * v.scale();
            assertThat(left).as(scene.label(i)).isGreaterThanOrEqualTo(b.getMaxX() - 1);
        }
        double tall = legend.getHeight();
        clickOn("#legend-collapse");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legend.isCollapsed()).isTrue();
        assertThat(legend.getHeight()).isLessThan(tall / 4);
    }

    private void chooseColour(String mode) throws Exception {
        clickOn("#colour-by");
        // the item in the chooser's popup, not another control with the same text (the Data tab's "Kind" column)
        clickOn(lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(mode)).queryAs(ListCell.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var c = view.legend().content().colour();
            return mode.equals("Kind") ? c == null : c != null && !view.viewModel().work().busyProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> colourLabels() {
        GridPane grid = byId("#legend-colours");
        return grid.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private List<String> headings() {
        return lookup("#legend .legend-heading").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
