package org.spacecoop.core.render;

import java.util.ArrayList;
import java.util.List;

/** A surface that logs calls, for tests of what the painter draws. Text width: 7 px per character at 12 px. */
final class RecordingSurface implements Surface {

    record Call(String op, double[] args, String text, String id) {
    }

    final List<Call> calls = new ArrayList<>();
    private double fontPx = 12;
    private final boolean groups;

    RecordingSurface() {
        this(false);
    }

    RecordingSurface(boolean groups) {
        this.groups = groups;
    }

    private void log(String op, double... args) {
        calls.add(new Call(op, args, null, null));
    }

    List<Call> of(String op) {
        return calls.stream().filter(c -> c.op().equals(op)).toList();
    }

    List<String> texts() {
        return of("fillText").stream().map(Call::text).toList();
    }

    List<String> groupIds() {
        return of("beginGroup").stream().map(Call::id).toList();
    }

    @Override public boolean keepsGroups() { return groups; }
    @Override public void setFill(int argb) { log("setFill", argb); }
    @Override public void setStroke(int argb) { log("setStroke", argb); }
    @Override public void setGlobalAlpha(double alpha) { log("setGlobalAlpha", alpha); }
    @Override public void setLineWidth(double width) { log("setLineWidth", width); }
    @Override public void setLineDash(double... dashes) { log("setLineDash", dashes == null ? new double[0] : dashes); }
    @Override public void setFont(double sizePx, boolean bold) { fontPx = sizePx; log("setFont", sizePx, bold ? 1 : 0); }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { log("strokeLine", x1, y1, x2, y2); }
    @Override public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) { log("strokeQuadCurve", x1, y1, cx, cy, x2, y2); }
    @Override public void beginPath() { log("beginPath"); }
    @Override public void moveTo(double x, double y) { log("moveTo", x, y); }
    @Override public void lineTo(double x, double y) { log("lineTo", x, y); }
    @Override public void quadTo(double cx, double cy, double x, double y) { log("quadTo", cx, cy, x, y); }
    @Override public void closePath() { log("closePath"); }
    @Override public void strokePath() { log("strokePath"); }
    @Override public void fillPath() { log("fillPath"); }
    @Override public void fillPolygon(double[] xs, double[] ys, int n) { log("fillPolygon", xs[0], ys[0], n); }
    @Override public void strokePolygon(double[] xs, double[] ys, int n) { log("strokePolygon", xs[0], ys[0], n); }
    @Override public void fillCircle(double cx, double cy, double r) { log("fillCircle", cx, cy, r); }
    @Override public void strokeCircle(double cx, double cy, double r) { log("strokeCircle", cx, cy, r); }
    @Override public void fillRect(double x, double y, double w, double h) { log("fillRect", x, y, w, h); }
    @Override public void strokeRect(double x, double y, double w, double h) { log("strokeRect", x, y, w, h); }
    @Override public void fillRoundRect(double x, double y, double w, double h, double arc) { log("fillRoundRect", x, y, w, h, arc); }
    @Override public void strokeRoundRect(double x, double y, double w, double h, double arc) { log("strokeRoundRect", x, y, w, h, arc); }
    @Override public void fillText(String text, double x, double y) { calls.add(new Call("fillText", new double[] {x, y}, text, null)); }
    @Override public double textWidth(String text) { return text.length() * 7 * fontPx / 12; }
    @Override public void save() { log("save"); }
    @Override public void restore() { log("restore"); }
    @Override public void translate(double dx, double dy) { log("translate", dx, dy); }
    @Override public void scale(double sx, double sy) { log("scale", sx, sy); }
    @Override public void clipRect(double x, double y, double w, double h) { log("clipRect", x, y, w, h); }
    @Override public void beginGroup(String id, String cssClass) { calls.add(new Call("beginGroup", new double[0], cssClass, id)); }
    @Override public void endGroup() { log("endGroup"); }
}
