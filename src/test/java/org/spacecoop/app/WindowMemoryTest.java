package org.spacecoop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.ui.shell.WindowPlacement;

class WindowMemoryTest {

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsThePlaceCreatingTheFolder() throws Exception {
        WindowMemory memory = new WindowMemory(dir.resolve("nested/config"));
        assertThat(memory.load()).isEmpty();
        WindowPlacement p = new WindowPlacement(new Rectangle2D(12.5, 40, 1300, 820), true);
        memory.save(p);
        assertThat(new WindowMemory(dir.resolve("nested/config")).load()).contains(p);
        try (var files = Files.list(dir.resolve("nested/config"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(WindowMemory.FILE); // no temp file left
        }
    }

    @Test
    void aDamagedFileIsIgnored() throws Exception {
        Files.writeString(dir.resolve(WindowMemory.FILE), "x=12\ny=oops\nwidth=800\n");
        assertThat(new WindowMemory(dir).load()).isEmpty();
    }

    @Test
    void theFolderIsThePropertyWhenGivenElseThePlatformsPlace() {
        assertThat(ConfigFolder.resolve("/tmp/cfg", "Linux", "/home/ada", Map.of())).isEqualTo(Path.of("/tmp/cfg"));
        assertThat(ConfigFolder.resolve(null, "Linux", "/home/ada", Map.of()))
                .isEqualTo(Path.of("/home/ada/.config/space-coop-explorer"));
        assertThat(ConfigFolder.resolve(null, "Linux", "/home/ada", Map.of("XDG_CONFIG_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg/space-coop-explorer"));
        assertThat(ConfigFolder.resolve(null, "Linux", "/home/ada", Map.of("XDG_CONFIG_HOME", "relative")))
                .isEqualTo(Path.of("/home/ada/.config/space-coop-explorer"));
        assertThat(ConfigFolder.resolve(null, "Mac OS X", "/Users/ada", Map.of()))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/space-coop-explorer"));
        assertThat(ConfigFolder.resolve(null, "Windows 11", "C:/Users/ada", Map.of("APPDATA", "C:/Users/ada/AppData/Roaming")))
                .isEqualTo(Path.of("C:/Users/ada/AppData/Roaming", "space-coop-explorer"));
    }
}
