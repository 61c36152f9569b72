package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.synthetic.SyntheticDataset;

/**
 * A large relations array is read by two threads, the second starting at the first line past the middle
 * ({@link FastDatasetReader#relations}). Whatever the layout of the file, the result must be the one-thread
 * reporting reader's: the same records, or the same problems.
 */
class SplitReadTest {

    // about 11 MB of entities and 16 MB of relations: both past SecondHalf.SPLIT_BYTES
    private static final int ENTITIES = 50_000, RELATIONS = 60_000;
    private static List<String> lines;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        StringWriter out = new StringWriter();
        SyntheticDataset.write(out, ENTITIES, RELATIONS, 5);
        lines = List.of(out.toString().split("\n", -1));
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static String written(Dataset d) throws IOException {
        StringWriter w = new StringWriter();
        DatasetWriter.write(d, w);
        return w.toString();
    }

    private static LoadResult reporting(String text) {
        return reporting("big.json", text);
    }

    private static LoadResult reporting(String name, String text) {
        return DatasetReader.read(name, new java.io.StringReader(text), SourceResolver.of(Map.of()));
    }

    private static Dataset fast(Path f) throws IOException {
        return FastDatasetReader.tryRead("big.json", f, SourceResolver.of(Map.of()), LoadListener.NONE, RELATIONS);
    }

    @Test
    void oneObjectALineIsReadInTwoHalvesWithTheSameResult() throws IOException {
        String text = String.join("\n", lines);
        assertThat(text.length()).isGreaterThan((int) SecondHalf.SPLIT_BYTES);
        Dataset d = fast(file("big.json", text));
        // relations always (their second half starts at once); entities when the second thread skipped to their
        // middle before the first thread got there, which a very busy machine can delay
        assertThat(FastDatasetReader.LAST_SECOND_HALVES.get()).as("arrays read in two halves").isBetween(1, 2);
        assertThat(d).isNotNull();
        assertThat(d.entities()).hasSize(ENTITIES);
        assertThat(d.relations()).hasSize(RELATIONS);
        assertThat(written(d)).isEqualTo(written(reporting(text).dataset()));
    }

    @Test
    void objectsOverSeveralLinesMisleadTheGuessButNotTheResult() throws IOException {
        // pretty printing puts nested objects ("references": [ { … } ]) at the start of lines: the second thread's
        // guess lands inside a relation, and the first thread must notice and read on alone
        String text = new GsonBuilder().setPrettyPrinting().create().toJson(JsonParser.parseString(String.join("\n", lines)));
        Dataset d = fast(file("pretty.json", text));
        assertThat(FastDatasetReader.LAST_SECOND_HALVES.get()).isZero();
        assertThat(d).isNotNull();
        assertThat(written(d)).isEqualTo(written(reporting(text).dataset()));
    }

    @Test
    void aProblemInTheSecondHalfIsReportedAsTheReportingReaderReportsIt() throws IOException {
        List<String> broken = new ArrayList<>(lines);
        int first = broken.indexOf("  \"relations\": [") + 1;
        int late = first + RELATIONS * 3 / 4;
        assertThat(broken.get(late)).contains("\"from\"");
        broken.set(late, broken.get(late).replaceFirst("\"to\": \"[^\"]+\"", "\"to\": \"nobody-at-all\""));
        int duplicate = first + RELATIONS - 2;
        broken.set(duplicate, broken.get(duplicate).replaceFirst("\"id\": \"[^\"]+\"",
                broken.get(first + 10).replaceFirst(".*(\"id\": \"[^\"]+\").*", "$1")));
        String text = String.join("\n", broken);
        Path f = file("broken.json", text);

        assertThat(fast(f)).isNull();
        List<Problem> expected = reporting("broken.json", text).problems();
        assertThat(expected).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("nobody-at-all"))
                .anySatisfy(m -> assertThat(m).startsWith("duplicate relation id"));
        DatasetException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> DatasetReader.load(f), DatasetException.class);
        assertThat(e.problems()).isEqualTo(expected);
    }

    @Test
    void noReaderThreadOutlivesARead() throws IOException {
        String text = String.join("\n", lines);
        fast(file("big.json", text));
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("dataset-second-half-reader", "dataset-relation-checker");
    }
}
