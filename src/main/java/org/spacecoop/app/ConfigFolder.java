package org.spacecoop.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder for the explorer's own settings (the window's place): {@code -Dspacecoop.configDir=…} when given (tests
 * point it at a temporary folder, so they never touch the user's settings), else the platform's per-user place:
 * {@code $XDG_CONFIG_HOME} or {@code ~/.config} on Linux, {@code ~/Library/Application Support} on macOS,
 * {@code %APPDATA%} on Windows, each with a {@code space-coop-explorer} folder.
 */
public final class ConfigFolder {

    public static final String PROPERTY = "spacecoop.configDir";
    static final String NAME = "space-coop-explorer";

    private ConfigFolder() {
    }

    static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && nonBlank(env.get("APPDATA"))) return Path.of(env.get("APPDATA"), NAME);
        if (os.startsWith("mac")) return Path.of(home, "Library", "Application Support", NAME);
        String xdg = env.get("XDG_CONFIG_HOME");
        if (nonBlank(xdg) && Path.of(xdg).isAbsolute()) return Path.of(xdg, NAME);
        return Path.of(home, ".config", NAME);
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
