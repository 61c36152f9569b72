package org.spacecoop.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.render.Argb;
import org.spacecoop.core.render.EdgeStyle;
import org.spacecoop.core.render.Palette;

/** The key to the drawing, built from the same {@link Palette} and {@link EdgeStyle} the painter uses. */
public final class Legend extends VBox {

    static final String DEFAULT_SIZE_HINT = "Size: number of relations";
    private final Label sizeHint = hint(DEFAULT_SIZE_HINT);

    public Legend() {
        this(Palette.light());
    }

    public Legend(Palette palette) {
        super(4);
        setId("legend");
        getStyleClass().add("legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(true);
        show(palette);
    }

    /** Rebuilds the legend for a palette (theme change). */
    public void show(Palette p) {
        getChildren().clear();
        GridPane kinds = grid();
        int row = 0;
        for (EntityKind.Family f : EntityKind.Family.values()) {
            if (f == EntityKind.Family.OTHER) continue;
            kinds.addRow(row++, nodeSwatch(p, f), text(Palette.label(f)));
        }
        GridPane types = grid();
        row = 0;
        for (RelationType.Family f : RelationType.Family.values()) {
            if (f == RelationType.Family.OTHER) continue;
            types.addRow(row++, lineSwatch(EdgeStyle.of(p, f, Status.ACTIVE), false), text(Palette.label(f)));
        }
        GridPane statuses = grid();
        row = 0;
        for (Status s : Status.values()) {
            if (s == Status.PROPOSED) continue; // drawn like speculative
            String name = s == Status.SPECULATIVE ? "Proposed / speculative" : EdgeStyle.label(s);
            statuses.addRow(row++, lineSwatch(EdgeStyle.of(p, RelationType.Family.COOPERATION, s), EdgeStyle.struck(s)),
                    text(name));
        }
        getChildren().addAll(heading("Nodes"), kinds, heading("Relations"), types, heading("Status"), statuses,
                sizeHint);
    }

    /** Says what node sizes mean (analytics sizing by a measure); null restores the default. */
    public void setSizeHint(String text) {
        sizeHint.setText(text == null ? DEFAULT_SIZE_HINT : text);
    }

    private static Node nodeSwatch(Palette p, EntityKind.Family f) {
        Color fill = color(p.nodeFill(f));
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

    private static Node lineSwatch(EdgeStyle style, boolean struck) {
        Line line = new Line(0, 0, 26, 0);
        line.setStroke(color(style.color()));
        line.setStrokeWidth(style.width() * 1.3);
        for (double d : style.dash()) line.getStrokeDashArray().add(d * 1.3);
        if (!struck) return line;
        Line strike = new Line(0, -4, 0, 4);
        strike.setStroke(color(style.color()));
        strike.setStrokeWidth(1.5);
        javafx.scene.layout.StackPane both = new javafx.scene.layout.StackPane(line, strike);
        return both;
    }

    static Color color(int argb) {
        return Color.rgb(Argb.red(argb), Argb.green(argb), Argb.blue(argb), Argb.alpha(argb) / 255.0);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
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
