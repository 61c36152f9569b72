package org.spacecoop.bench;

import java.nio.file.Path;
import java.util.Arrays;

import org.spacecoop.core.edit.DatasetDocument;
import org.spacecoop.core.edit.Edit;
import org.spacecoop.core.edit.EditStack;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.RecordChecks;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.ScenePositions;

/**
 * An edit with the canvas updated, as the window does it on the UI thread: the edit applied through the stack, the
 * graph rebuilt from the document, its scene built and given the previous scene's positions (no layout), the
 * visible part set. Baseline in the same run: the edit alone through the stack ({@code apply}). Prints the median
 * and range of each over repeated rounds, and their ratio.
 * <pre>java -cp target/benchmarks.jar org.spacecoop.bench.EditOnCanvasMain [bundled|100000] [rounds]</pre>
 */
public final class EditOnCanvasMain {

    private EditOnCanvasMain() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "bundled";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 41;
        Path file = which.equals("bundled") ? Path.of("data/space-cooperation.json") : BenchData.ours(Integer.parseInt(which));
        Dataset data = DatasetReader.load(file);
        EditStack stack = new EditStack(new DatasetDocument(data), RecordChecks.documentsBeside(file));
        GraphScene[] shown = {GraphScene.of(CooperationGraph.of(data))};
        Relation r = data.relations().get(data.relations().size() / 2);
        long[] apply = new long[rounds];
        long[] withCanvas = new long[rounds];
        for (int i = -5; i < rounds; i++) { // five rounds to warm up
            Status s = i % 2 == 0 ? Status.SUSPENDED : Status.PLANNED;
            Relation changed = new Relation(r.id(), r.from(), r.to(), r.type(), null, s, r.start(), r.end(), r.note(),
                    r.unverified(), r.evidence());
            long t0 = System.nanoTime();
            stack.apply(Edit.change(changed));
            long t1 = System.nanoTime();
            stack.undo();
            long t2 = System.nanoTime();
            stack.apply(Edit.change(changed));
            CooperationGraph g = CooperationGraph.of(stack.document().snapshot());
            GraphScene next = GraphScene.of(g);
            ScenePositions.carryOver(shown[0].scene(), next.scene(), 0, 0);
            next.showOnly(g.graph());
            shown[0] = next;
            long t3 = System.nanoTime();
            stack.undo();
            if (i >= 0) {
                apply[i] = t1 - t0;
                withCanvas[i] = t3 - t2;
            }
        }
        System.out.printf("%s: %d entities, %d relations, %d rounds%n", which, data.entities().size(), data.relations().size(), rounds);
        print("apply (baseline)", apply);
        print("apply + canvas updated", withCanvas);
        System.out.printf("ratio of medians: %.1f%n", median(withCanvas) / median(apply));
    }

    private static void print(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf("%-24s median %8.3f ms, range %8.3f – %8.3f ms%n", what, median(ns) / 1e6, s[0] / 1e6, s[s.length - 1] / 1e6);
    }

    private static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
