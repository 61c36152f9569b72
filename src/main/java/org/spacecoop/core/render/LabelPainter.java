package org.spacecoop.core.render;

import java.util.Arrays;
import java.util.List;

/**
 * Draws node labels below their nodes on a rounded background. Labels claim space in priority order (selected,
 * hovered and highlighted nodes first, then by degree); one that would overlap a label already placed is hidden,
 * so zooming in, which spreads the nodes apart, reveals more. Text widths are measured once per scene, font
 * size and surface type, then cached.
 */
final class LabelPainter {

    static final double PAD_X = 4;
    static final double PAD_Y = 2;
    /** Opacity of the labels of nodes faded by the selection. */
    static final double FADED_LABEL_ALPHA = 0.45;

    private final LabelGrid grid = new LabelGrid();
    private float[] widths = new float[0];
    private Object widthsKey;
    int hidden;

    /**
     * Labels selected/hovered/highlighted nodes, then others in priority order whose screen radius is ≥ minNodePx
     * and that stay out of {@code free} (x, y, width, height on screen; null for none).
     */
    int paint(Surface s, Frame f, double fontPx, int maxLabels, double minNodePx, double[] free) {
        RenderScene sc = f.scene;
        grid.reset(f.width, f.height);
        ensureWidths(s, sc, fontPx);
        hidden = 0;
        int drawn = 0;
        s.setFont(fontPx, false);
        s.setLineDash();
        int[] firsts = {sc.selectedNode(), sc.hoverNode()};
        for (int i : firsts) if (i >= 0 && i < sc.nodeCount() && sc.isNodeVisible(i) && place(s, f, i, fontPx, true)) drawn++;
        if (f.emphasis) {
            for (int i = sc.highlightedNodes().nextSetBit(0); i >= 0 && i < sc.nodeCount(); i = sc.highlightedNodes().nextSetBit(i + 1)) {
                if (i != firsts[0] && i != firsts[1] && sc.isNodeVisible(i) && place(s, f, i, fontPx, true)) drawn++;
            }
        }
        if (free != null) grid.take(free[0], free[1], free[2], free[3]); // after the strong labels, which may lie in it
        boolean[] onScreen = onScreenMask(f);
        // With a selection, its neighbours' labels claim space first; the others follow, faded like their nodes.
        for (int pass = 0; pass < (f.fadedLabels ? 2 : 1); pass++) {
            boolean faded = pass == 1;
            if (faded) s.setGlobalAlpha(FADED_LABEL_ALPHA);
            for (int i : sc.labelOrder()) {
                if (drawn >= maxLabels) break;
                if (!onScreen[i] || i == firsts[0] || i == firsts[1]) continue;
                if (f.emphasis && f.brightNodes[i] == faded) continue;
                if (f.emphasis && sc.highlightedNodes().get(i)) continue;
                if (sc.label(i).isEmpty()) continue;
                if (minNodePx > 0 && sc.radius(i) * f.vp.scale() < minNodePx) continue;
                if (place(s, f, i, fontPx, false)) drawn++;
            }
            if (faded) s.setGlobalAlpha(1);
        }
        return drawn;
    }

    private boolean[] mask = new boolean[0];

    private boolean[] onScreenMask(Frame f) {
        int n = f.scene.nodeCount();
        if (mask.length < n) mask = new boolean[n];
        Arrays.fill(mask, 0, n, false);
        for (int k = 0; k < f.onScreenCount; k++) mask[f.onScreen[k]] = true;
        return mask;
    }

    private boolean place(Surface s, Frame f, int i, double fontPx, boolean strong) {
        RenderScene sc = f.scene;
        String text = sc.label(i);
        if (text.isEmpty()) return false;
        double sr = Math.max(GraphPainter.MIN_NODE_PX, sc.radius(i) * f.vp.scale());
        if (strong) s.setFont(fontPx, true);
        double w = (strong ? s.textWidth(text) : width(s, sc, i)) + 2 * PAD_X;
        double h = fontPx + 2 * PAD_Y;
        double x = f.sx(i) - w / 2;
        double y = f.sy(i) + sr + 2;
        if (x + w < 0 || x > f.width || y + h < 0 || y > f.height) {
            if (strong) s.setFont(fontPx, false);
            return false;
        }
        if (!grid.tryPlace(x, y, w, h) && !strong) {
            hidden++;
            return false;
        }
        if (s.keepsGroups()) s.beginGroup("label-" + sc.nodeId(i), "label");
        s.setFill(f.palette.labelBackground());
        s.fillRoundRect(x, y, w, h, h * 0.5);
        if (strong) {
            s.setStroke(Argb.fade(f.palette.labelText(), 0.3));
            s.setLineWidth(1);
            s.strokeRoundRect(x, y, w, h, h * 0.5);
        }
        s.setFill(f.palette.labelText());
        s.fillText(text, x + PAD_X, y + PAD_Y + fontPx * 0.82);
        if (strong) s.setFont(fontPx, false);
        if (s.keepsGroups()) s.endGroup();
        return true;
    }

    private double width(Surface s, RenderScene sc, int i) {
        float w = widths[i];
        if (Float.isNaN(w)) {
            w = (float) s.textWidth(sc.label(i));
            widths[i] = w;
        }
        return w;
    }

    private void ensureWidths(Surface s, RenderScene sc, double fontPx) {
        List<Object> key = List.of(System.identityHashCode(sc), fontPx, s.getClass());
        if (!key.equals(widthsKey) || widths.length < sc.nodeCount()) {
            widths = new float[sc.nodeCount()];
            Arrays.fill(widths, Float.NaN);
            widthsKey = key;
        }
    }
}
