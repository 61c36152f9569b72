package org.spacecoop.app;

/** Placeholder entry point; replaced by the real launcher. */
public final class Launcher {
    public static void main(String[] args) {
        System.out.println("Space Cooperation Explorer");
    }
}
