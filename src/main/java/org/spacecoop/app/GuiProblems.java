package org.spacecoop.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Why the explorer's window cannot open, said in one line a user can act on, instead of JavaFX's stack trace: no
 * display (a server, an SSH session without X forwarding) or no GTK 3 (a minimal Linux install). Both name the
 * commands that work without a window.
 */
final class GuiProblems {

    static final String PREFIX = "space-coop-explorer: ";

    private final String osName;
    private final Map<String, String> env;
    private final Set<String> commands;

    /**
     * @param osName   the {@code os.name} property
     * @param env      the environment ({@code DISPLAY}, {@code WAYLAND_DISPLAY})
     * @param commands the command-line commands, named in the messages
     */
    GuiProblems(String osName, Map<String, String> env, Set<String> commands) {
        this.osName = osName == null ? "" : osName;
        this.env = env;
        this.commands = commands;
    }

    /**
     * Checked before JavaFX starts (so none of its output appears): on Linux and other X11 systems, neither
     * {@code DISPLAY} nor {@code WAYLAND_DISPLAY} set means there is no screen to open the window on. The headless
     * Monocle platform (tests) needs none.
     */
    Optional<String> beforeLaunch(String glassPlatform) {
        if (!usesX11() || "Monocle".equalsIgnoreCase(glassPlatform)) return Optional.empty();
        if (set("DISPLAY") || set("WAYLAND_DISPLAY")) return Optional.empty();
        return Optional.of(PREFIX + "no display to open the window on (DISPLAY is not set); " + headless());
    }

    /** The one line for a failure of JavaFX to start, or empty when it is not one of the known ones. */
    Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Unable to load glass GTK library")) {
                return Optional.of(PREFIX + "the window needs the GTK 3 library, which is not installed; install it "
                        + "(Debian/Ubuntu: sudo apt-get install libgtk-3-0, Fedora: sudo dnf install gtk3) or "
                        + headless());
            }
            if (m.contains("Unable to open DISPLAY")) {
                String display = set("DISPLAY") ? env.get("DISPLAY") : "";
                return Optional.of(PREFIX + "cannot open the display \"" + display + "\" (is the X server running, "
                        + "and may this user use it?); " + headless());
            }
        }
        return Optional.empty();
    }

    private String headless() {
        return "without a window, the command line works: " + String.join(", ", commands) + " (see --help)";
    }

    private boolean usesX11() {
        String os = osName.toLowerCase(Locale.ROOT);
        return !os.startsWith("windows") && !os.startsWith("mac");
    }

    private boolean set(String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }
}
