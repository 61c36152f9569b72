package org.spacecoop.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileAndReplacesOldOne() throws IOException {
        Path f = dir.resolve("out.txt");
        AtomicFileWriter.writeText(f, w -> w.write("first"));
        AtomicFileWriter.writeText(f, w -> w.write("second ✓ 中文"));
        assertThat(Files.readString(f)).isEqualTo("second ✓ 中文");
        assertThat(leftovers()).containsExactly("out.txt");
    }

    @Test
    void failureMidWriteKeepsOldFileAndLeavesNoPartialFile() throws IOException {
        Path f = dir.resolve("graph.graphml");
        Files.writeString(f, "previous");
        assertThatThrownBy(() -> AtomicFileWriter.write(f, out -> {
            out.write("half of the new content".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(FileWriteException.class).hasMessageContaining("disk is full").hasMessageContaining("graph.graphml");
        assertThat(Files.readString(f)).isEqualTo("previous");
        assertThat(leftovers()).containsExactly("graph.graphml");
    }

    @Test
    void cancellationKeepsOldFile() throws IOException {
        Path f = dir.resolve("a.png");
        Files.writeString(f, "old");
        assertThatThrownBy(() -> AtomicFileWriter.write(f, out -> {
            out.write(1);
            throw new CancellationException("cancelled");
        })).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(leftovers()).containsExactly("a.png");
    }

    @Test
    void runtimeFailureInBodyLeavesNoTempFile() {
        Path f = dir.resolve("new.csv");
        assertThatThrownBy(() -> AtomicFileWriter.write(f, out -> {
            out.write(1);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(f).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void folderInPlaceOfFile() throws IOException {
        Path f = Files.createDirectory(dir.resolve("taken.svg"));
        assertThatThrownBy(() -> AtomicFileWriter.writeText(f, w -> w.write("x")))
                .isInstanceOf(FileWriteException.class).hasMessageContaining("a folder of that name is in the way");
        assertThat(f).isDirectory();
    }

    @Test
    void missingParentFolder() {
        Path f = dir.resolve("nope/out.gexf");
        assertThatThrownBy(() -> AtomicFileWriter.writeText(f, w -> w.write("x")))
                .isInstanceOf(FileWriteException.class).hasMessageContaining("does not exist").hasMessageContaining("nope");
    }

    @Test
    void parentIsAFile() throws IOException {
        Path parent = Files.writeString(dir.resolve("plain"), "previous");
        Path f = parent.resolve("out.gml");
        assertThatThrownBy(() -> AtomicFileWriter.writeText(f, w -> w.write("x")))
                .isInstanceOf(FileWriteException.class).hasMessageContaining("is a file, not a folder");
        assertThat(Files.readString(parent)).isEqualTo("previous");
    }

    @Test
    void translatesPermissionDenied() {
        var e = AtomicFileWriter.translate(dir.resolve("x"), new java.nio.file.AccessDeniedException("/x"));
        assertThat(e.getMessage()).endsWith("permission denied");
    }

    private java.util.List<String> leftovers() {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
