package org.spacecoop.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jgrapht.graph.MaskSubgraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.files.FileWriteException;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Relation;

class JsonExportTest {

    @TempDir
    Path dir;

    @Test
    void filteredCopyOfTheBundledDatasetLoadsBackWithTheSameContent() throws Exception {
        Dataset full = DatasetReader.loadBundled();
        CooperationGraph g = CooperationGraph.of(full);
        // keep actors only: relations among programs and their sources drop out
        var view = new MaskSubgraph<>(g.graph(), e -> !e.kind().isActor(), r -> false);
        Path out = dir.resolve("actors.json");
        GraphFileExporter.export(new GraphFileExporter.Request(full, view, Positions.NONE), GraphFormat.JSON, out);

        Dataset back = DatasetReader.load(out);
        assertThat(back.title()).isEqualTo(full.title());
        assertThat(back.entities()).extracting(Entity::id).containsExactlyElementsOf(
                full.entities().stream().filter(e -> e.kind().isActor()).map(Entity::id).toList());
        assertThat(back.relations()).extracting(Relation::id).containsExactlyElementsOf(
                full.relations().stream().filter(view::containsEdge).map(Relation::id).toList());
        for (Relation r : back.relations()) {
            Relation orig = g.relation(r.id()).orElseThrow();
            assertThat(r).usingRecursiveComparison().ignoringFields("evidence").isEqualTo(orig);
            assertThat(r.evidence().references()).isEqualTo(orig.evidence().references());
            assertThat(r.evidence().passages().stream().filter(p -> p.curated()).toList())
                    .isEqualTo(orig.evidence().passages().stream().filter(p -> p.curated()).toList());
        }
        for (Entity e : back.entities()) {
            assertThat(e).usingRecursiveComparison().ignoringFields("evidence").isEqualTo(g.entity(e.id()).orElseThrow());
        }
        assertThat(back.sources().size()).isLessThanOrEqualTo(full.sources().size());
        assertThat(back.entities()).noneMatch(e -> e.kind() == EntityKind.MISSION);
    }

    @Test
    void aDifferentSourceDocumentInTheWayIsNotOverwritten() throws Exception {
        Dataset full = DatasetReader.loadBundled();
        CooperationGraph g = CooperationGraph.of(full);
        var quoted = full.sources().stream().filter(s -> s.file() != null).findFirst().orElseThrow();
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Path mine = Files.writeString(sources.resolve(quoted.file()), "my own notes");
        Path out = dir.resolve("copy.json");
        assertThatThrownBy(() -> GraphFileExporter.export(new GraphFileExporter.Request(full, g.graph(), Positions.NONE),
                GraphFormat.JSON, out)).isInstanceOf(FileWriteException.class).hasMessageContaining("already exists with other content");
        assertThat(Files.readString(mine)).isEqualTo("my own notes");
        assertThat(out).doesNotExist();
    }
}
