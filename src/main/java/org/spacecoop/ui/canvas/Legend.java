package org.spacecoop.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.render.Argb;
import org.spacecoop.core.render.EdgeStyle;
import org.spacecoop.core.render.LegendKey;
import org.spacecoop.core.render.LegendPainter;
import org.spacecoop.core.render.Palette;
import org.spacecoop.core.render.RenderScene;

/**
 * The key to the drawing on screen: the same {@link LegendPainter.Content} the exported legend draws (the scene's
 * node kinds or colour key, relation families, statuses, size and edge-width notes), with the painter's colours.
 * Its header collapses it to one line; a tall legend scrolls rather than run off the canvas.
 */
public final class Legend extends VBox {

    private final VBox body = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(body);
    private final Button collapse = new Button("▾");
    private final Label sizeHint = hint(LegendKey.DEFAULT_SIZE_NOTE);
    private Palette palette;
    private LegendPainter.Content content;
    private boolean collapsed;

    public Legend() {
        this(Palette.light());
    }

    public Legend(Palette palette) {
        super(2);
        this.palette = palette;
        setId("legend");
        getStyleClass().add("legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setFillWidth(true);
        collapse.setId("legend-collapse");
        collapse.getStyleClass().add("legend-collapse");
        collapse.setFocusTraversable(false);
        collapse.setOnAction(e -> setCollapsed(!collapsed));
        Label title = heading("Legend");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, collapse);
        header.setAlignment(Pos.CENTER_LEFT);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("legend-scroll");
        getChildren().addAll(header, scroll);
        show(LegendPainter.Content.of(RenderScene.builder(0, 0).build()));
    }

    /** Rebuilds the legend for a palette (theme change). */
    public void show(Palette p) {
        palette = p;
        show(content);
    }

    /** Shows what the scene draws. */
    public void show(LegendPainter.Content c) {
        if (c == null) return;
        content = c;
        body.getChildren().clear();
        GridPane colours = grid("legend-colours");
        int row = 0;
        if (c.colour() instanceof LegendKey.Groups g) {
            for (LegendKey.Entry en : g.entries()) colours.addRow(row++, swatch(en.argb()), text(en.label()));
        } else if (c.colour() instanceof LegendKey.Ramp r) {
            Rectangle bar = new Rectangle(70, 10, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                    new Stop(0, color(r.lowArgb())), new Stop(1, color(r.highArgb()))));
            colours.addRow(row++, bar, text(r.low() + " – " + r.high()));
        } else {
            for (EntityKind.Family f : c.nodeFamilies()) colours.addRow(row++, nodeSwatch(palette.nodeFill(f), f), text(Palette.label(f)));
        }
        body.getChildren().addAll(heading(c.colourTitle()), colours);
        if (c.colour() != null && !c.nodes().isEmpty()) {
            GridPane shapes = grid("legend-shapes");
            row = 0;
            for (EntityKind.Family f : c.shapes()) shapes.addRow(row++, nodeSwatch(0xFF8A9099, f), text(LegendPainter.shapeLabel(f)));
            body.getChildren().addAll(heading("Shapes"), shapes);
        }
        if (!c.edges().isEmpty()) {
            GridPane types = grid("legend-relations");
            row = 0;
            for (RelationType.Family f : c.edgeFamilies()) {
                types.addRow(row++, lineSwatch(EdgeStyle.of(palette, f, Status.ACTIVE), false), text(Palette.label(f)));
            }
            body.getChildren().addAll(heading("Relations"), types);
        }
        if (!c.statuses().isEmpty()) {
            GridPane statuses = grid("legend-statuses");
            row = 0;
            for (Status s : c.statusList()) {
                statuses.addRow(row++, lineSwatch(EdgeStyle.of(palette, RelationType.Family.COOPERATION, s), EdgeStyle.struck(s)),
                        text(EdgeStyle.label(s)));
            }
            body.getChildren().addAll(heading("Status"), statuses);
        }
        sizeHint.setText(c.sizeNote() == null ? LegendKey.DEFAULT_SIZE_NOTE : c.sizeNote());
        body.getChildren().add(sizeHint);
        if (c.edgeNote() != null) body.getChildren().add(hint(c.edgeNote()));
    }

    /** What the legend shows now. */
    public LegendPainter.Content content() {
        return content;
    }

    /** Collapsed: only the header line, so the graph beneath shows. */
    public void setCollapsed(boolean c) {
        collapsed = c;
        scroll.setVisible(!c);
        scroll.setManaged(!c);
        collapse.setText(c ? "▸" : "▾");
        collapse.setTooltip(new Tooltip(c ? "Expand the legend" : "Collapse the legend"));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("collapsed"), c);
    }

    public boolean isCollapsed() {
        return collapsed;
    }

    /** The most height the list may take before it scrolls (the canvas height less margins). */
    public void setMaxBodyHeight(double h) {
        scroll.setMaxHeight(Math.max(60, h));
    }

    private static Node nodeSwatch(int argb, EntityKind.Family f) {
        Color fill = color(argb);
        Node shape;
        if (f.isActor()) {
            shape = new Circle(6, fill);
        } else if (f == EntityKind.Family.AGREEMENT) {
            shape = new Polygon(0, -7, 7, 0, 0, 7, -7, 0);
            ((Polygon) shape).setFill(fill);
        } else {
            Rectangle r = new Rectangle(11, 11, fill);
            r.setArcWidth(5);
            r.setArcHeight(5);
            shape = r;
        }
        shape.getStyleClass().add("legend-swatch");
        return shape;
    }

    private static Node swatch(int argb) {
        Circle c = new Circle(6, color(argb));
        c.getStyleClass().add("legend-swatch");
        return c;
    }

    private static Node lineSwatch(EdgeStyle style, boolean struck) {
        Line line = new Line(0, 0, 26, 0);
        line.setStroke(color(style.color()));
        line.setStrokeWidth(style.width() * 1.3);
        for (double d : style.dash()) line.getStrokeDashArray().add(d * 1.3);
        if (!struck) return line;
        Line strike = new Line(0, -4, 0, 4);
        strike.setStroke(color(style.color()));
        strike.setStrokeWidth(1.5);
        return new StackPane(line, strike);
    }

    static Color color(int argb) {
        return Color.rgb(Argb.red(argb), Argb.green(argb), Argb.blue(argb), Argb.alpha(argb) / 255.0);
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.setHgap(8);
        g.setVgap(3);
        g.setAlignment(Pos.CENTER_LEFT);
        return g;
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("legend-heading");
        return l;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("legend-text");
        return l;
    }

    private static Label hint(String s) {
        Label l = new Label(s);
        l.getStyleClass().addAll("legend-text", "legend-hint");
        return l;
    }
}
