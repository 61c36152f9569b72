package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.synthetic.SyntheticDataset;

/**
 * Relations are checked on a second thread in batches of {@value RelationPipeline#BATCH}: files of many batches must
 * give the same problems, in the same places, and the same records in the same order as a one-thread read would.
 */
class PipelinedLoadTest {

    private static final int RELATIONS = 5 * RelationPipeline.BATCH + 123;

    private static List<String> lines() throws IOException {
        StringWriter out = new StringWriter();
        SyntheticDataset.write(out, 4_000, RELATIONS, 11);
        return new ArrayList<>(List.of(out.toString().split("\n", -1)));
    }

    /** Index of the line holding relation {@code n} (0-based). */
    private static int relationLine(List<String> lines, int n) {
        int first = lines.indexOf("  \"relations\": [") + 1;
        assertThat(lines.get(first + n)).contains("\"from\"");
        return first + n;
    }

    private static LoadResult read(List<String> lines, LoadListener listener) {
        return DatasetReader.read("big.json", new StringReader(String.join("\n", lines)), SourceResolver.of(Map.of()), listener);
    }

    @Test
    void manyBatchesGiveEveryRecordInFileOrderToTheListener() throws IOException {
        List<String> lines = lines();
        List<Relation> heard = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        LoadResult r = read(lines, new LoadListener() {
            @Override
            public void entities(List<Entity> list) {
                assertThat(heard).isEmpty();
                entities.addAll(list);
            }

            @Override
            public void relation(Relation relation, int from, int to) {
                assertThat(entities.get(from).id()).isEqualTo(relation.from());
                assertThat(entities.get(to).id()).isEqualTo(relation.to());
                heard.add(relation);
            }
        });
        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().relations()).hasSize(RELATIONS).containsExactlyElementsOf(heard);
        assertThat(r.dataset().entities()).containsExactlyElementsOf(entities);
        assertThat(checkerThreads()).isZero();
    }

    @Test
    void problemsInLaterBatchesAreReportedAtTheirPlace() throws IOException {
        List<String> lines = lines();
        int unknown = relationLine(lines, 100), duplicate = relationLine(lines, 2 * RelationPipeline.BATCH + 7),
                dates = relationLine(lines, 5 * RelationPipeline.BATCH + 50);
        lines.set(unknown, lines.get(unknown).replaceFirst("\"from\": \"[^\"]*\"", "\"from\": \"no-such-entity\""));
        String firstId = lines.get(relationLine(lines, 3)).replaceFirst(".*?\"id\": \"([^\"]*)\".*", "$1");
        lines.set(duplicate, lines.get(duplicate).replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"" + firstId + "\""));
        lines.set(dates, lines.get(dates).replaceAll(", \"(start|end)\": \"[0-9-]*\"", "")
                .replaceFirst("\"from\"", "\"start\": \"2030\", \"end\": \"2020\", \"from\""));

        LoadResult r = read(lines, LoadListener.NONE);

        assertThat(r.dataset()).isNull();
        assertThat(r.problems()).extracting(Problem::line)
                .containsExactly(unknown + 1, duplicate + 1, dates + 1);
        assertThat(r.problems().get(0).jsonPath()).isEqualTo("$.relations[100].from");
        assertThat(r.problems().get(0).message()).startsWith("unknown entity \"no-such-entity\"");
        assertThat(r.problems().get(1).jsonPath()).isEqualTo("$.relations[" + (2 * RelationPipeline.BATCH + 7) + "].id");
        assertThat(r.problems().get(1).message()).startsWith("duplicate relation id \"" + firstId + "\"");
        assertThat(r.problems().get(2).jsonPath()).isEqualTo("$.relations[" + (5 * RelationPipeline.BATCH + 50) + "].end");
        assertThat(checkerThreads()).isZero();
    }

    @Test
    void aSyntaxErrorLateInTheFileKeepsTheProblemsBeforeIt() throws IOException {
        List<String> lines = lines();
        int unknown = relationLine(lines, 10), broken = relationLine(lines, 4 * RelationPipeline.BATCH + 1);
        lines.set(unknown, lines.get(unknown).replaceFirst("\"to\": \"[^\"]*\"", "\"to\": \"nowhere\""));
        lines.set(broken, lines.get(broken).replaceFirst("\\{\"id\"", "{\"id\" "));
        lines.set(broken, lines.get(broken).replaceFirst(":", ""));

        LoadResult r = read(lines, LoadListener.NONE);

        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(0).line()).isEqualTo(unknown + 1);
        assertThat(r.problems().get(0).jsonPath()).isEqualTo("$.relations[10].to");
        assertThat(r.problems().get(1).line()).isEqualTo(broken + 1);
        assertThat(checkerThreads()).isZero();
    }

    @Test
    void tooManyProblemsAcrossBatchesStopAtTheCap() throws IOException {
        List<String> lines = lines();
        for (int n = 0; n < RELATIONS; n += 17) {
            int i = relationLine(lines, n);
            lines.set(i, lines.get(i).replaceFirst("\"from\": \"[^\"]*\"", "\"from\": \"ghost-" + n + "\""));
        }
        LoadResult r = read(lines, LoadListener.NONE);
        assertThat(r.dataset()).isNull();
        assertThat(r.problems()).hasSize(Problems.CAP + 1);
        assertThat(r.problems().get(Problems.CAP).message()).startsWith("too many problems");
        assertThat(checkerThreads()).isZero();
    }

    @Test
    void aCancelledReadReportsTheInterruptionAndLeavesNoThreadBehind() throws Exception {
        String text = String.join("\n", lines());
        int stopAt = text.length() * 3 / 5;
        // a reader that interrupts its thread part way, as cancelling a loading task does
        java.io.Reader interrupting = new java.io.FilterReader(new StringReader(text)) {
            private int read;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (read > stopAt) Thread.currentThread().interrupt();
                int n = super.read(buf, off, len);
                read += Math.max(0, n);
                return n;
            }
        };
        LoadResult[] result = new LoadResult[1];
        Thread reader = new Thread(() -> result[0] = DatasetReader.read("big.json", interrupting, SourceResolver.of(Map.of())));
        reader.start();
        reader.join(20_000);
        assertThat(reader.isAlive()).isFalse();
        assertThat(result[0].dataset()).isNull();
        assertThat(result[0].problems()).extracting(Problem::message).anyMatch(m -> m.contains("interrupted"));
        for (int i = 0; i < 100 && checkerThreads() > 0; i++) Thread.sleep(20);
        assertThat(checkerThreads()).isZero();
    }

    /** Checker threads still alive (they end with the read, even when it fails). */
    private static long checkerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("dataset-relation-checker") && t.isAlive()).count();
    }
}
