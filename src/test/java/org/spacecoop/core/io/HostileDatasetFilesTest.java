package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.model.Dataset;

/** Datasets as a colleague or a stranger may send them: each must fail with a located message, or load correctly. */
class HostileDatasetFilesTest {

    @TempDir
    Path dir;

    static final String QUOTING = """
            {"formatVersion": 1,
             "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2025", "kind": "news", "file": "%s"}],
             "entities": [{"id": "a", "name": "A", "kind": "agency", "description": "d", "status": "active"},
                          {"id": "b", "name": "B", "kind": "agency", "description": "d", "status": "active"}],
             "relations": [{"id": "a.develops.b", "from": "a", "to": "b", "type": "develops", "status": "active",
                            "passages": [{"source": "s", "quote": "a develops b"}]}]}""";

    Path dataset(Path folder, String sourceFile) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("d.json"), QUOTING.formatted(sourceFile));
    }

    @Test
    void aSourcesFolderLinkedOutOfTheDatasetFolderIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("home/.ssh"));
        Path key = Files.writeString(outside.resolve("id_ed25519"), "So a develops b. PRIVATE KEY");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path json = dataset(dir.resolve("mail/attachment"), "id_ed25519");
        Files.createSymbolicLink(dir.resolve("mail/attachment/sources"), outside);

        assertThatThrownBy(() -> DatasetReader.load(json)).isInstanceOfSatisfying(DatasetException.class, e ->
                assertThat(e.problems().get(0).format()).isEqualTo("d.json:2:98 $.sources[0].file: source file sources/id_ed25519 "
                        + "refused: it is a symbolic link, or in a linked folder, that leads out of the dataset's folder"));
    }

    @Test
    void aSourcesFolderLinkedWithinTheDatasetFolderIsRead() throws Exception {
        Path json = dataset(dir.resolve("data"), "doc.txt");
        Path docs = Files.createDirectories(dir.resolve("data/documents"));
        Files.writeString(docs.resolve("doc.txt"), "So a develops b.");
        Files.createSymbolicLink(dir.resolve("data/sources"), docs);
        Dataset d = DatasetReader.load(json);
        assertThat(d.relations().get(0).evidence().passages().get(0).text()).isEqualTo("a develops b");
    }

    @Test
    void aSourceDocumentOverTheSizeLimitIsRefusedByName() throws IOException {
        Path json = dataset(dir.resolve("data"), "huge.txt");
        Files.createDirectories(dir.resolve("data/sources"));
        Files.writeString(dir.resolve("data/sources/huge.txt"), "So a develops b. " + "x".repeat(5000));
        assertThatThrownBy(() -> DatasetReader.load(json, LoadListener.NONE, 4000)).isInstanceOfSatisfying(DatasetException.class, e ->
                assertThat(e.problems().get(0).format()).isEqualTo("d.json:2:98 $.sources[0].file: source file sources/huge.txt "
                        + "refused: it is 5,017 bytes, over the limit of 4,000 bytes (set -Dspacecoop.maxImportBytes to raise it)"));
    }

    @Test
    void theDatasetItselfOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path json = dataset(dir.resolve("data"), "doc.txt");
        long size = Files.size(json);
        assertThatThrownBy(() -> DatasetReader.load(json, LoadListener.NONE, 100)).isInstanceOfSatisfying(DatasetException.class, e ->
                assertThat(e.problems().get(0).format()).isEqualTo("d.json: refused: the file is " + String.format("%,d", size)
                        + " bytes, over the limit of 100 bytes (set -Dspacecoop.maxImportBytes to raise it; a dataset needs"
                        + " about 2.5 times its size in memory, so give the JVM enough with -Xmx)"));
    }

    @Test
    void theDefaultLimitFollowsTheHeapWithoutAFloor() {
        assertThat(ImportLimits.datasetBytes(256L << 20)).isEqualTo((256L << 20) / 6);
        assertThat(ImportLimits.graphFileBytes(256L << 20)).isEqualTo((256L << 20) / 10);
        assertThat(ImportLimits.graphFileBytes(16L << 30)).isEqualTo(200L << 20);
    }

    @Test
    void aSourceFileNameWithANulCharacterIsAProblemNotACrash() throws IOException {
        Path json = dataset(dir.resolve("data"), "a\\u0000.txt");
        Files.createDirectories(dir.resolve("data/sources"));
        assertThatThrownBy(() -> DatasetReader.load(json)).isInstanceOfSatisfying(DatasetException.class, e ->
                assertThat(e.problems().get(0).format()).startsWith("d.json:2:98 $.sources[0].file: source file \"a\\u0000.txt\" is not a valid file name"));
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Path json = dataset(dir.resolve("data"), "doc.txt");
        Files.createDirectories(dir.resolve("data/sources"));
        Files.writeString(dir.resolve("data/sources/doc.txt"), "So a develops b.");
        byte[] text = Files.readAllBytes(json);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(json, withBom);
        Dataset d = DatasetReader.load(json);
        assertThat(d.relations()).hasSize(1);
        assertThat(d.entities()).hasSize(2);
    }

    @Test
    void aFifoIsRefusedInsteadOfBlocking() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path fifo = data.resolve("pipe.json");
        mkfifo(fifo);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> DatasetReader.load(fifo)).isInstanceOfSatisfying(DatasetException.class, e ->
                        assertThat(e.getMessage()).contains("pipe.json: refused: not a regular file")));
        Path json = dataset(data, "doc.txt");
        Files.createDirectories(data.resolve("sources"));
        mkfifo(data.resolve("sources/doc.txt"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> DatasetReader.load(json)).isInstanceOfSatisfying(DatasetException.class, e ->
                        assertThat(e.getMessage()).contains("source file sources/doc.txt refused: not a regular file")));
    }

    static void mkfifo(Path p) throws Exception {
        Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(proc.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(proc.exitValue()).isZero();
    }

    @Test
    void aHugeUnknownFieldNameIsNotEchoedWhole() throws IOException {
        String name = "x".repeat(1_000_000);
        Path json = Files.writeString(Files.createDirectories(dir.resolve("data")).resolve("d.json"),
                "{\"formatVersion\": 1, \"" + name + "\": 1, \"entities\": [], \"relations\": []}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatasetReader.load(json)).isInstanceOfSatisfying(DatasetException.class, e -> {
            assertThat(e.getMessage()).hasSizeLessThan(400).contains("unknown field \"xxxxxxxx").contains("…");
        });
    }
}
