package org.spacecoop.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ImageExporterTest {

    static final String CHINESE = "嫦娥六号";
    static final String JAPANESE = "宇宙航空研究開発機構";
    static final String ARABIC = "وكالة الإمارات للفضاء";

    private final ImageExporter exporter = new ImageExporter();

    /** Five well separated nodes with multilingual labels, one hidden. */
    static RenderScene multilingual() {
        RenderScene sc = RenderScene.builder(5, 4)
                .node(0, "change6", CHINESE, EntityKind.Family.PROGRAM, 4, 14).position(0, 0, 0)
                .node(1, "jaxa", JAPANESE, EntityKind.Family.ORGANISATION, 3, 14).position(1, 400, 0)
                .node(2, "uaesa", ARABIC, EntityKind.Family.ORGANISATION, 2, 14).position(2, 0, 300)
                .node(3, "esa", "European Space Agency", EntityKind.Family.COUNTRY, 5, 14).position(3, 400, 300)
                .node(4, "hidden", "Hidden", EntityKind.Family.COUNTRY, 5, 14).position(4, 200, 150)
                .edge(0, "r1", 3, 0, RelationType.Family.HARDWARE, Status.ACTIVE)
                .edge(1, "r2", 1, 0, RelationType.Family.COOPERATION, Status.PLANNED)
                .edge(2, "r3", 2, 3, RelationType.Family.MEMBERSHIP, Status.CANCELLED)
                .edge(3, "r4", 4, 3, RelationType.Family.MEMBERSHIP, Status.ACTIVE)
                .build();
        sc.setNodeVisible(4, false);
        return sc;
    }

    @Test
    void pngHasTheRequestedSize() throws Exception {
        RenderScene sc = multilingual();
        assertThat(decode(sc, ImageOptions.wholeGraph().withPixelWidth(800)).getWidth()).isEqualTo(800);
        BufferedImage view = decode(sc, ImageOptions.currentView(Viewport.IDENTITY, 400, 300).withScale(2));
        assertThat(view.getWidth()).isEqualTo(800);
        assertThat(view.getHeight()).isEqualTo(600);
        ImageExporter.Layout l = exporter.layout(sc, ImageOptions.wholeGraph().withScale(4));
        assertThat(l.pixelWidth()).isEqualTo(4 * (int) ImageOptions.WHOLE_GRAPH_WIDTH);
    }

    @Test
    void pngShowsNodeColoursOnTheBackground() throws Exception {
        RenderScene sc = multilingual();
        Palette p = Palette.light();
        BufferedImage img = decode(sc, ImageOptions.wholeGraph().withLegend(true));
        assertThat(countNear(img, p.nodeFill(EntityKind.Family.PROGRAM))).isGreaterThan(200);
        assertThat(countNear(img, p.nodeFill(EntityKind.Family.ORGANISATION))).isGreaterThan(400);
        assertThat(countNear(img, p.background())).isGreaterThan(img.getWidth() * img.getHeight() / 2);
    }

    @Test
    void transparentBackgroundLeavesEmptyPixelsClear() throws Exception {
        BufferedImage img = decode(multilingual(), ImageOptions.wholeGraph().transparent());
        assertThat(img.getRGB(1, 1) >>> 24).isZero();
        BufferedImage opaque = decode(multilingual(), ImageOptions.wholeGraph().withPalette(Palette.dark()));
        assertThat(opaque.getRGB(1, 1)).isEqualTo(Palette.dark().background());
    }

    @Test
    void captionAddsABandBelowTheGraph() {
        RenderScene sc = multilingual();
        ImageExporter.Layout plain = exporter.layout(sc, ImageOptions.wholeGraph());
        ImageExporter.Layout captioned = exporter.layout(sc, ImageOptions.wholeGraph()
                .withCaption(new Caption("Space cooperation", "status:active", "2025-06", List.of("ESA", "CNSA"))));
        assertThat(captioned.pixelHeight()).isGreaterThan(plain.pixelHeight() + 40);
    }

    @Test
    void theCaptionSaysHowCurrentTheDataIs() throws Exception {
        RenderScene sc = multilingual();
        String both = exporter.renderSvg(sc, ImageOptions.wholeGraph()
                .withCaption(new Caption("Title", "", "2025-03", List.of(), "2026-12")));
        String dataOnly = exporter.renderSvg(sc, ImageOptions.wholeGraph()
                .withCaption(new Caption("Title", "", "", List.of(), "2026-12")));
        assertThat(both).contains("As of 2025-03 · data as of 2026-12");
        assertThat(dataOnly).contains("Data as of 2026-12").doesNotContain("As of 2025");
    }

    @Test
    void svgIsXmlWithAGroupPerVisibleNodeAndTextForEveryLabel() throws Exception {
        RenderScene sc = multilingual();
        String svg = exporter.renderSvg(sc, ImageOptions.wholeGraph().withLegend(true)
                .withCaption(new Caption("Title", "", "2025", List.of())));
        Document doc = parseSecurely(svg);
        List<String> nodeIds = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").startsWith("node ")) nodeIds.add(g.getAttribute("id"));
        }
        assertThat(nodeIds).containsExactlyInAnyOrder("change6", "jaxa", "uaesa", "esa");
        List<String> texts = new ArrayList<>();
        NodeList t = doc.getElementsByTagName("text");
        for (int i = 0; i < t.getLength(); i++) texts.add(t.item(i).getTextContent());
        assertThat(texts).contains(CHINESE, JAPANESE, ARABIC, "European Space Agency", "Title", "Nodes")
                .doesNotContain("Hidden");
        assertThat(svg).doesNotContain("<path d=\"M").doesNotContain("<!DOCTYPE");
    }

    @Test
    void theLegendSaysWhatTheColoursMeanAndLabelsKeepOutOfIt() {
        // a node whose label would lie under the legend in the top-left corner of the view
        RenderScene sc = RenderScene.builder(2, 0)
                .node(0, "under", "Under the legend", EntityKind.Family.COUNTRY, 1, 6).position(0, 60, 40)
                .node(1, "clear", "In the clear", EntityKind.Family.COUNTRY, 1, 6).position(1, 500, 300)
                .build();
        sc.setColorOverride(0, 0xFF4E79A7);
        sc.setColorOverride(1, 0xFFF28E2B);
        sc.setLegendKey(new LegendKey(new LegendKey.Groups("Colour: community",
                List.of(new LegendKey.Entry("ESA, CNES +3", 0xFF4E79A7), new LegendKey.Entry("NASA, JAXA", 0xFFF28E2B))),
                "Size: betweenness, 0 – 12", null));
        ImageOptions view = ImageOptions.currentView(Viewport.IDENTITY, 700, 400);
        String with = exporter.renderSvg(sc, view.withLegend(true));
        String legend = with.substring(with.indexOf("id='legend'"));
        assertThat(legend).contains(">Colour: community<", ">ESA, CNES +3<", ">NASA, JAXA<", ">Shapes<",
                ">Size: betweenness, 0 – 12<").doesNotContain(">Country<", ">Nodes<");
        assertThat(with).contains(">In the clear<").doesNotContain(">Under the legend<");
        assertThat(exporter.renderSvg(sc, view)).contains(">Under the legend<");
    }

    @Test
    void cjkLabelsRenderAsGlyphsWhereAFontExists() throws Exception {
        assumeTrue(Graphics2DSurface.canDisplay(CHINESE), "no CJK font installed");
        BufferedImage a = decode(single(CHINESE), ImageOptions.currentView(new Viewport(1, 100, 40), 200, 80));
        BufferedImage b = decode(single("天宫空间站"), ImageOptions.currentView(new Viewport(1, 100, 40), 200, 80));
        BufferedImage none = decode(single(""), ImageOptions.currentView(new Viewport(1, 100, 40), 200, 80));
        int labelInk = differingPixels(a, none);
        assertThat(labelInk).isGreaterThan(100);
        // Missing glyphs would all be the same box: two different names must differ.
        assertThat(differingPixels(a, b)).isGreaterThan(50);
    }

    @Test
    void exportToFileReplacesAtomicallyAndKeepsTheOldFileOnFailure(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("graph.svg");
        exporter.export(multilingual(), ImageOptions.wholeGraph(), ImageExporter.Format.SVG, target);
        String before = Files.readString(target);
        assertThat(before).contains(CHINESE);
        assertThatThrownBy(() -> exporter.export(multilingual(), ImageOptions.wholeGraph().withScale(16),
                ImageExporter.Format.PNG, target)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThat(Files.readString(target)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
        exporter.export(multilingual(), ImageOptions.wholeGraph().withPixelWidth(300), ImageExporter.Format.PNG,
                dir.resolve("g.png"));
        assertThat(ImageIO.read(dir.resolve("g.png").toFile()).getWidth()).isEqualTo(300);
    }

    private static RenderScene single(String label) {
        return RenderScene.builder(1, 0).node(0, "n", label, EntityKind.Family.COUNTRY, 1, 6).position(0, 0, 0).build();
    }

    private BufferedImage decode(RenderScene sc, ImageOptions o) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportPng(sc, o, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    static Document parseSecurely(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static int countNear(BufferedImage img, int argb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y);
                if (Math.abs(Argb.red(c) - Argb.red(argb)) < 12 && Math.abs(Argb.green(c) - Argb.green(argb)) < 12
                        && Math.abs(Argb.blue(c) - Argb.blue(argb)) < 12 && Argb.alpha(c) > 240) n++;
            }
        }
        return n;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        return n;
    }
}
