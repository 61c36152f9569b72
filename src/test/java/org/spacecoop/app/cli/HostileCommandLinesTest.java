package org.spacecoop.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.files.AtomicFileWriter;

import javax.imageio.IIOException;

/** Odd paths and numbers on the command line: a usage error (exit 2) with one clear line, never a stack trace. */
class HostileCommandLinesTest {

    static final String DATA = "data/space-cooperation.json";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(err.toString()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("internal error");
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aFolderOrADeviceAsOutputIsAUsageError() {
        Run root = run("export", DATA, "--format", "svg", "--out", "/");
        assertThat(root.code()).isEqualTo(2);
        assertThat(root.err()).contains("--out / is a folder");
        assertThat(Path.of("null.svg")).doesNotExist();

        Run folder = run("export", DATA, "--format", "graphml", "--out", dir.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder");

        Run device = run("export", DATA, "--format", "svg", "--out", "/dev/null");
        assertThat(device.code()).isEqualTo(2);
        assertThat(device.err()).contains("--out /dev/null is not a regular file");
        assertThat(Path.of("/dev/null.svg")).doesNotExist();

        Run generate = run("generate", "--nodes", "3", "--edges", "2", "--out", "/dev/null");
        assertThat(generate.code()).isEqualTo(2);
    }

    @Test
    void anImageTooLargeForTheHeapIsRefusedWithTheFigures() {
        // 20000 px wide at the graph's aspect needs far more than a 64 MB heap
        var check = Images.memoryCheck(20_000, 15_000, 64L << 20);
        assertThat(check).contains("needs about 1,144 MB").contains("64 MB");
        assertThat(Images.memoryCheck(640, 480, 64L << 20)).isNull();
    }

    @Test
    void generatingMoreThanTheHeapHoldsIsRefusedWithTheFigures() {
        Run r = run("generate", "--nodes", "10", "--edges", "2147483647", "--out", dir.resolve("g.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("2147483647 relations need about").contains("MB");
        assertThat(dir.resolve("g.json")).doesNotExist();
    }

    @Test
    void emptyGenerationAndNegativeCountsAreUsageErrors() throws Exception {
        Run empty = run("generate", "--nodes", "0", "--edges", "0", "--out", dir.resolve("e.json").toString());
        assertThat(empty.code()).as(empty.err()).isEqualTo(2);
        assertThat(empty.err()).contains("--nodes must be at least 1");
        assertThat(dir.resolve("e.json")).doesNotExist();
        Run top = run("stats", DATA, "--top", "-5");
        assertThat(top.code()).isEqualTo(2);
        assertThat(top.err()).contains("--top must not be negative");
    }

    @Test
    void aFullDiskIsNamedWithTheFile() throws Exception {
        var e = org.assertj.core.api.Assertions.catchThrowable(() -> AtomicFileWriter.write(dir.resolve("g.png"), out -> {
            throw new IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        }));
        assertThat(e).hasMessage("Cannot write " + dir.resolve("g.png") + ": the disk is full");
    }
}
