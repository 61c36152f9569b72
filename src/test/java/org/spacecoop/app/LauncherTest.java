package org.spacecoop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @Test
    void choosesBetweenWindowAndCommandLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("g.graphml"), "<graphml/>");
        assertThat(Launcher.mode()).isEqualTo(Launcher.Mode.GUI);
        assertThat(Launcher.mode(file.toString())).isEqualTo(Launcher.Mode.GUI);
        assertThat(Launcher.mode(file.toString(), "--screenshot", "x.png")).isEqualTo(Launcher.Mode.GUI);
        assertThat(Launcher.mode("validate", file.toString())).isEqualTo(Launcher.Mode.CLI);
        assertThat(Launcher.mode("rank", file.toString())).isEqualTo(Launcher.Mode.CLI);
        assertThat(Launcher.mode("--help")).isEqualTo(Launcher.Mode.CLI);
        assertThat(Launcher.mode(dir.resolve("missing.json").toString())).isEqualTo(Launcher.Mode.NO_SUCH_FILE);
        assertThat(Launcher.mode("frobnicate")).isEqualTo(Launcher.Mode.CLI);
        assertThat(Launcher.mode(dir.toString())).isEqualTo(Launcher.Mode.CLI);
    }
}
