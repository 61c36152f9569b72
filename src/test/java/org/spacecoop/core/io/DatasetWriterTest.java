package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;

class DatasetWriterTest {

    @Test
    void theBundledDatasetSurvivesARoundTripThroughFiles(@TempDir Path dir) throws Exception {
        Dataset original = DatasetReader.loadBundled();
        Path json = dir.resolve("copy.json");

        DatasetWriter.writeWithSources(original, json);
        Dataset copy = DatasetReader.load(json);

        assertThat(copy).usingRecursiveComparison()
                .withEqualsForType(Evidence::equals, Evidence.class) // packed or not, the same references
                .isEqualTo(original);
        assertThat(Files.list(dir.resolve("sources"))).isNotEmpty();
    }

    @Test
    void aFilteredCopyLoadsBackOnItsOwn(@TempDir Path dir) throws Exception {
        Dataset all = DatasetReader.load(DatasetReaderTest.fixture("valid/dataset.json"));
        List<Relation> some = all.relations().subList(0, 1);
        Dataset filtered = new Dataset(all.formatVersion(), "filtered", all.sources(),
                all.entities().stream().filter(e -> e.id().equals("esa") || e.id().equals("change")).toList(), some);

        DatasetWriter.writeWithSources(filtered, dir.resolve("f.json"));

        assertThat(DatasetReader.load(dir.resolve("f.json"))).usingRecursiveComparison()
                .withEqualsForType(Evidence::equals, Evidence.class).isEqualTo(filtered);
    }

    @Test
    void writesTheDocumentedLayoutWithQuotesOnOneLine() throws Exception {
        Dataset d = DatasetReader.load(DatasetReaderTest.fixture("valid/dataset.json"));
        StringWriter out = new StringWriter();
        DatasetWriter.write(d, out);
        String json = out.toString();

        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"title\": \"Fixture\",");
        assertThat(json).contains("\"quote\": \"returned the first lunar samples from the far side.\"");
        assertThat(json).contains("\"url\": null").contains("\"unverified\": true").doesNotContain("\"end\": null");
        LoadResult again = DatasetReader.read("x.json", new StringReader(json),
                SourceResolver.of(Map.of("oped.txt", d.sources().get(0).text())));
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void refusesRelationTypesTheFormatDoesNotHave() {
        Relation imported = new Relation("x", "a", "b", RelationType.OTHER, "likes", null, null, null, null, false, null);
        Dataset d = new Dataset(1, "t", List.of(), List.of(), List.of(imported));
        assertThatThrownBy(() -> DatasetWriter.write(d, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"likes\"");
    }
}
