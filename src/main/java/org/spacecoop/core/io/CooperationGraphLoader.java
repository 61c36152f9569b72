package org.spacecoop.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.graph.CooperationGraphBuilder;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/** Loads a dataset file as a {@link CooperationGraph}. */
public final class CooperationGraphLoader {

    private CooperationGraphLoader() {
    }

    /**
     * Reads, checks and builds in one pass: the graph grows on the reader's relation-checking thread while the
     * file is still being parsed (see {@link LoadListener}), instead of after it.
     */
    public static CooperationGraph load(Path json) throws DatasetException {
        long size;
        try {
            size = Files.size(json);
        } catch (IOException e) {
            size = 0; // the reader reports the missing or unreadable file
        }
        CooperationGraphBuilder builder = new CooperationGraphBuilder(DatasetReader.expectedRelations(size));
        Dataset dataset = DatasetReader.load(json, new Building(builder));
        return builder.buildOrRedo(dataset);
    }

    /** Hands the records the reader checked to the graph builder. */
    private record Building(CooperationGraphBuilder graph) implements LoadListener {
        @Override
        public void entities(List<Entity> entities) {
            graph.entities(entities);
        }

        @Override
        public void relation(Relation relation, int from, int to) {
            graph.relation(relation, from, to);
        }

        @Override
        public void relationsDone() {
            graph.relationsDone();
        }
    }
}
