package org.spacecoop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The one-line messages chosen when the window cannot open, from the environment and JavaFX's exception. */
class GuiProblemsTest {

    private static final LinkedHashSet<String> COMMANDS = new LinkedHashSet<>(List.of("validate", "stats", "export"));

    /** What JavaFX 21 throws from Application.launch on Linux (GtkApplication's constructor). */
    private static final UnsupportedOperationException NO_GTK = new UnsupportedOperationException("Unable to load glass GTK library.");
    private static final UnsupportedOperationException NO_DISPLAY = new UnsupportedOperationException("Unable to open DISPLAY");

    private static GuiProblems on(String os, Map<String, String> env) {
        return new GuiProblems(os, env, COMMANDS);
    }

    @Test
    void linuxWithoutDisplayOrWaylandIsToldBeforeJavaFxStartsAndGetsTheHeadlessCommands() {
        String line = on("Linux", Map.of()).beforeLaunch(null).orElseThrow();
        assertThat(line).isEqualTo("space-coop-explorer: no display to open the window on (DISPLAY is not set); "
                + "without a window, the command line works: validate, stats, export (see --help)");
        assertThat(line).doesNotContain("\n");
        assertThat(on("Linux", Map.of("DISPLAY", " ")).beforeLaunch(null)).isPresent();
    }

    @Test
    void aDisplayWaylandMonocleOrAnotherSystemNeedsNoWarning() {
        assertThat(on("Linux", Map.of("DISPLAY", ":0")).beforeLaunch(null)).isEmpty();
        assertThat(on("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")).beforeLaunch(null)).isEmpty();
        assertThat(on("Linux", Map.of()).beforeLaunch("Monocle")).isEmpty();
        assertThat(on("Windows 11", Map.of()).beforeLaunch(null)).isEmpty();
        assertThat(on("Mac OS X", Map.of()).beforeLaunch(null)).isEmpty();
    }

    @Test
    void missingGtkNamesThePackageToInstall() {
        String line = on("Linux", Map.of("DISPLAY", ":0")).explain(NO_GTK).orElseThrow();
        assertThat(line).startsWith("space-coop-explorer: the window needs the GTK 3 library, which is not installed")
                .contains("sudo apt-get install libgtk-3-0", "sudo dnf install gtk3", "validate, stats, export")
                .doesNotContain("\n");
        // also when wrapped, as a launcher may do
        assertThat(on("Linux", Map.of()).explain(new RuntimeException("Application launch failed", NO_GTK))).contains(line);
    }

    @Test
    void anUnreachableDisplayIsNamed() {
        assertThat(on("Linux", Map.of("DISPLAY", ":7")).explain(NO_DISPLAY).orElseThrow())
                .startsWith("space-coop-explorer: cannot open the display \":7\"").contains("validate, stats, export");
    }

    @Test
    void otherFailuresAreNotExplainedAway() {
        assertThat(on("Linux", Map.of("DISPLAY", ":0")).explain(new IllegalStateException("a bug"))).isEmpty();
        assertThat(on("Linux", Map.of("DISPLAY", ":0")).explain(new OutOfMemoryError())).isEmpty();
    }
}
