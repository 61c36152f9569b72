package org.spacecoop.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Dataset;

/** An export leaves the target or nothing: no stale temp files, no source copies without their dataset. */
class ExportLeftoversTest {

    static final Dataset BUNDLED = DatasetReader.loadBundled();
    static final CooperationGraph GRAPH = CooperationGraph.of(BUNDLED);

    @TempDir
    Path dir;

    static GraphFileExporter.Request all() {
        return new GraphFileExporter.Request(BUNDLED, GRAPH.graph(), Positions.NONE);
    }

    @Test
    void staleTempFilesOfOurNamingAreRemovedFreshOnesAndOthersKept() throws Exception {
        Path stale = Files.writeString(dir.resolve(".graph.gexf.8127361523.tmp"), "killed half-way");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES)));
        Path fresh = Files.writeString(dir.resolve(".graph.gexf.99.tmp"), "another export writing now");
        Path notOurs = Files.writeString(dir.resolve("notes.tmp"), "the user's");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES)));

        GraphFileExporter.export(all(), GraphFormat.GEXF, dir.resolve("graph.gexf"));

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(notOurs).exists();
        assertThat(dir.resolve("graph.gexf")).isNotEmptyFile();
    }

    @Test
    void aFailedJsonExportLeavesNoSourceCopies() throws Exception {
        Files.createDirectory(dir.resolve("copy.json")); // in the way: the JSON cannot be written
        assertThatThrownBy(() -> GraphFileExporter.export(all(), GraphFormat.JSON, dir.resolve("copy.json")))
                .hasMessageContaining("a folder of that name is in the way");
        assertThat(dir.resolve("sources")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("copy.json");
        }
    }

    @Test
    void sourceCopiesAreNeverMoreReadableThanTheirOwnersOnly() throws Exception {
        GraphFileExporter.export(all(), GraphFormat.JSON, dir.resolve("copy.json"));
        try (var copies = Files.list(dir.resolve("sources"))) {
            var list = copies.toList();
            assertThat(list).isNotEmpty();
            for (Path p : list) assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
        }
    }
}
