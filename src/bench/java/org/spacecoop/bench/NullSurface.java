package org.spacecoop.bench;

import org.spacecoop.core.render.Surface;

/** A surface that draws nothing: measures the painter's own work (culling, sorting, label placement). */
final class NullSurface implements Surface {
    long calls;

    @Override public void setFill(int argb) { calls++; }
    @Override public void setStroke(int argb) { calls++; }
    @Override public void setGlobalAlpha(double alpha) { calls++; }
    @Override public void setLineWidth(double width) { calls++; }
    @Override public void setLineDash(double... dashes) { calls++; }
    @Override public void setFont(double sizePx, boolean bold) { calls++; }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { calls++; }
    @Override public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) { calls++; }
    @Override public void beginPath() { calls++; }
    @Override public void moveTo(double x, double y) { calls++; }
    @Override public void lineTo(double x, double y) { calls++; }
    @Override public void quadTo(double cx, double cy, double x, double y) { calls++; }
    @Override public void closePath() { calls++; }
    @Override public void strokePath() { calls++; }
    @Override public void fillPath() { calls++; }
    @Override public void fillPolygon(double[] xs, double[] ys, int n) { calls++; }
    @Override public void strokePolygon(double[] xs, double[] ys, int n) { calls++; }
    @Override public void fillCircle(double cx, double cy, double r) { calls++; }
    @Override public void strokeCircle(double cx, double cy, double r) { calls++; }
    @Override public void fillRect(double x, double y, double w, double h) { calls++; }
    @Override public void strokeRect(double x, double y, double w, double h) { calls++; }
    @Override public void fillRoundRect(double x, double y, double w, double h, double arc) { calls++; }
    @Override public void strokeRoundRect(double x, double y, double w, double h, double arc) { calls++; }
    @Override public void fillText(String text, double x, double y) { calls++; }
    @Override public double textWidth(String text) { return text.length() * 6.5; }
    @Override public void save() { calls++; }
    @Override public void restore() { calls++; }
    @Override public void translate(double dx, double dy) { calls++; }
    @Override public void scale(double sx, double sy) { calls++; }
    @Override public void clipRect(double x, double y, double w, double h) { calls++; }
}
