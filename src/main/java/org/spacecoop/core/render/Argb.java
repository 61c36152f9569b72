package org.spacecoop.core.render;

import java.util.Locale;

/** Helpers for colours packed as ARGB ints (0xAARRGGBB). */
public final class Argb {

    private Argb() {
    }

    public static int rgb(int r, int g, int b) {
        return argb(255, r, g, b);
    }

    public static int argb(int a, int r, int g, int b) {
        return (clamp(a) << 24) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    /** Parses "#rrggbb" or "#aarrggbb". */
    public static int parse(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        long v = Long.parseLong(h, 16);
        if (h.length() == 6) return (int) (0xFF000000L | v);
        if (h.length() == 8) return (int) v;
        throw new IllegalArgumentException("Not a colour: " + hex);
    }

    public static int alpha(int c) {
        return c >>> 24;
    }

    public static int red(int c) {
        return (c >> 16) & 0xFF;
    }

    public static int green(int c) {
        return (c >> 8) & 0xFF;
    }

    public static int blue(int c) {
        return c & 0xFF;
    }

    /** The colour with its alpha multiplied by {@code factor}. */
    public static int fade(int c, double factor) {
        return (clamp((int) Math.round(alpha(c) * factor)) << 24) | (c & 0xFFFFFF);
    }

    /** Linear mix: t = 0 gives a, t = 1 gives b. */
    public static int mix(int a, int b, double t) {
        return argb(lerp(alpha(a), alpha(b), t), lerp(red(a), red(b), t), lerp(green(a), green(b), t),
                lerp(blue(a), blue(b), t));
    }

    public static String toHex(int c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red(c), green(c), blue(c));
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
