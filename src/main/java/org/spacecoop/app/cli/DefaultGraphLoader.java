package org.spacecoop.app.cli;

import java.nio.file.Path;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetException;
import org.spacecoop.core.io.DatasetReader;

/** Loads DATA as a dataset JSON file, its quoted documents from the {@code sources/} folder beside it. */
final class DefaultGraphLoader implements GraphLoader {

    static final GraphLoader INSTANCE = new DefaultGraphLoader();

    @Override
    public CooperationGraph load(Path data) throws BadInput {
        try {
            return CooperationGraph.of(DatasetReader.load(data));
        } catch (DatasetException e) {
            throw new BadInput(e.getMessage(), e);
        }
    }
}
