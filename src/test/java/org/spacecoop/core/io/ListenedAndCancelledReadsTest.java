package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spacecoop.core.io.Readings.NO_SOURCES;
import static org.spacecoop.core.io.Readings.assertSameDataset;
import static org.spacecoop.core.io.Readings.checkerThreads;
import static org.spacecoop.core.io.Readings.syntheticBytes;
import static org.spacecoop.core.io.Readings.syntheticDataset;
import static org.spacecoop.core.io.Readings.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/** What a {@link LoadListener} hears while a file is read, and reads that are cancelled part way. */
class ListenedAndCancelledReadsTest {

    @TempDir
    Path dir;

    /** Keeps what a {@link LoadListener} is told; a second {@code entities} call would start over. */
    static final class RecordingListener implements LoadListener {
        int entityCalls, relationCalls;
        List<Entity> entities = List.of();
        final List<Relation> relations = new ArrayList<>();
        final List<int[]> ends = new ArrayList<>();

        @Override
        public synchronized void entities(List<Entity> list) {
            entityCalls++;
            doneAfter = -1;
            entities = List.copyOf(list);
            relations.clear();
            ends.clear();
        }

        /** Microseconds each relation call takes (a listener that builds something), 0 for none. */
        volatile int workMicros;

        @Override
        public void relation(Relation relation, int from, int to) {
            if (workMicros > 0) spinMicros(workMicros);
            record(relation, from, to);
        }

        /** Relations heard when {@link #relationsDone} came, -1 before. */
        int doneAfter = -1;

        @Override
        public synchronized void relationsDone() {
            doneAfter = relations.size();
        }

        private synchronized void record(Relation relation, int from, int to) {
            relationCalls++;
            relations.add(relation);
            ends.add(new int[] {from, to});
        }

        synchronized void assertHeard(Dataset d) {
            assertThat(doneAfter).as("relationsDone after the last relation").isEqualTo(d.relations().size());
            assertThat(entities).containsExactlyElementsOf(d.entities());
            assertThat(relations).containsExactlyElementsOf(d.relations());
            for (int i = 0; i < relations.size(); i++) {
                assertThat(entities.get(ends.get(i)[0]).id()).isEqualTo(relations.get(i).from());
                assertThat(entities.get(ends.get(i)[1]).id()).isEqualTo(relations.get(i).to());
            }
        }
    }

    /**
     * A valid file of more than 10,000 relations (more than two checker batches), one of which writes the field name
     * "id" with an escape (its i as backslash-u0069). The listener hears every record once, in file order, and the
     * graph built as they arrive is exactly the dataset's.
     */
    @ParameterizedTest(name = "escaped field name at relation {0}")
    @CsvSource({"10499", "8193"})
    void aGraphBuiltAsRecordsArriveIsExactlyTheDatasetsGraph(int at) throws Exception {
        int count = 10_500;
        byte[] valid = syntheticBytes(500, count, 12);
        List<String> lines = new ArrayList<>(List.of(new String(valid, StandardCharsets.UTF_8).split("\n", -1)));
        int line = lines.indexOf("  \"relations\": [") + 1 + at;
        lines.set(line, LoadPlacesEveryProblemTest.once(lines.get(line), "{\"id\":", "{\"\\u0069d\":"));
        byte[] json = utf8(String.join("\n", lines));
        Path file = dir.resolve("big.json");
        Files.write(file, json);
        Dataset expected = syntheticDataset(500, count, 12); // the escaped name changes nothing in the dataset
        assertThat(expected.relations()).hasSize(count);

        RecordingListener listener = new RecordingListener();
        Dataset loaded = DatasetReader.load(file, listener);
        assertSameDataset(loaded, expected);
        assertThat(listener.entityCalls).isEqualTo(1);
        listener.assertHeard(expected);

        CooperationGraph graph = CooperationGraphLoader.load(file);
        CooperationGraph reference = CooperationGraph.of(expected);
        assertSameDataset(graph.dataset(), expected);
        assertThat(graph.graph().vertexSet()).hasSize(expected.entities().size())
                .containsExactlyElementsOf(reference.graph().vertexSet());
        assertThat(graph.graph().edgeSet()).hasSize(count).containsExactlyElementsOf(reference.graph().edgeSet());
        for (Relation r : expected.relations()) {
            assertThat(graph.from(r).id()).isEqualTo(r.from());
            assertThat(graph.to(r).id()).isEqualTo(r.to());
        }
        for (Entity e : expected.entities()) {
            assertThat(graph.graph().outgoingEdgesOf(e)).containsExactlyElementsOf(reference.graph().outgoingEdgesOf(e));
            assertThat(graph.graph().incomingEdgesOf(e)).containsExactlyElementsOf(reference.graph().incomingEdgesOf(e));
        }
        assertThat(checkerThreads()).isZero();
    }

    /** Reads in chunks of 64 KiB, interrupting the reading thread once {@code stopAt} bytes have been read. */
    static final class InterruptingStream extends java.io.FilterInputStream {
        private final long stopAt;
        private long read;

        InterruptingStream(byte[] bytes, long stopAt) {
            super(new ByteArrayInputStream(bytes));
            this.stopAt = stopAt;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (read >= stopAt) Thread.currentThread().interrupt();
            int n = super.read(b, off, Math.min(len, 1 << 16));
            read += Math.max(0, n);
            return n;
        }
    }

    /**
     * The thread calling read is interrupted (a cancelled load) before the read or part way through it. The read
     * returns null or the whole dataset, and when it returns no checker thread is left, nor any call to the listener
     * to come. The listener takes a little time over each relation, so that the checker is busy when the read stops.
     */
    @ParameterizedTest(name = "interrupted after {0}/8 of the file")
    @CsvSource({"0", "1", "3", "5", "8"})
    void aCancelledReadReturnsAndLeavesNoCheckerThreadBehind(int eighths) throws Exception {
        int count = 5 * RelationPipeline.BATCH + 100;
        byte[] json = syntheticBytes(2_000, count, 13);
        Dataset expected = syntheticDataset(2_000, count, 13);
        RecordingListener listener = new RecordingListener();
        listener.workMicros = 10;
        Dataset[] result = new Dataset[1];
        Throwable[] failure = new Throwable[1];
        long[] aliveAfter = new long[1];
        int[] heardBefore = new int[1];
        Thread reader = new Thread(() -> {
            try {
                result[0] = DatasetReader.read("big.json", DatasetReader.utf8(
                        new InterruptingStream(json, (long) json.length * eighths / 8)), NO_SOURCES, listener).dataset();
                synchronized (listener) {
                    heardBefore[0] = listener.relationCalls;
                }
                aliveAfter[0] = checkerThreads();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "cancelled-reader");
        reader.start();
        reader.join(20_000);
        assertThat(reader.isAlive()).as("the read returned").isFalse();
        assertThat(failure[0]).isNull();
        if (result[0] != null) assertSameDataset(result[0], expected);
        assertThat(aliveAfter[0]).as("checker threads alive when the read returned").isZero();
        Thread.sleep(50);
        assertThat(listener.relationCalls).as("listener calls after the read returned").isEqualTo(heardBefore[0]);
        assertThat(checkerThreads()).isZero();
    }

    /**
     * The reading thread is interrupted while it waits for the checker to finish the last batch (the listener, on
     * the checker's thread, does it): the read may fail, but a dataset it returns must have every relation, and
     * the checker must be done when it returns.
     */
    @Test
    void anInterruptWhileWaitingForTheCheckerGivesNoIncompleteDataset() throws Exception {
        int count = 3 * RelationPipeline.BATCH + 500;
        byte[] json = syntheticBytes(1_000, count, 14);
        Dataset expected = syntheticDataset(1_000, count, 14);
        Thread[] reader = new Thread[1];
        AtomicInteger lateCalls = new AtomicInteger();
        boolean[] returned = new boolean[1];
        LoadListener listener = new LoadListener() {
            int heard;

            @Override
            public void entities(List<Entity> entities) {
                heard = 0;
            }

            @Override
            public void relation(Relation relation, int from, int to) {
                if (returned[0]) lateCalls.incrementAndGet();
                if (++heard == count - 100) { // in the last batch, handed over by finish(): the reader is waiting
                    spin(50);
                    reader[0].interrupt();
                    spin(150);
                }
            }
        };
        Dataset[] result = new Dataset[1];
        List<Problem> problems = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        long[] checkersRightAfter = new long[1];
        reader[0] = new Thread(() -> {
            try {
                LoadResult r = DatasetReader.read("big.json", DatasetReader.utf8(new ByteArrayInputStream(json)), NO_SOURCES, listener);
                result[0] = r.dataset();
                problems.addAll(r.problems());
                returned[0] = true;
                checkersRightAfter[0] = checkerThreads();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "interrupted-reader");
        reader[0].start();
        reader[0].join(20_000);
        assertThat(reader[0].isAlive()).isFalse();
        assertThat(failure[0]).isNull();
        if (result[0] != null) {
            assertThat(result[0].relations()).as("relations of the dataset returned").hasSize(count);
            assertSameDataset(result[0], expected);
        } else {
            assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains("interrupted"));
        }
        assertThat(checkersRightAfter[0]).as("checker threads alive when the read returned").isZero();
        spin(50);
        assertThat(lateCalls.get()).as("listener calls after the read returned").isZero();
    }

    private static void spin(long millis) {
        spinMicros(millis * 1000);
    }

    /** Busy for a while (not sleeping: an interrupt must not cut it short). */
    static void spinMicros(long micros) {
        long end = System.nanoTime() + micros * 1000;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }
}
