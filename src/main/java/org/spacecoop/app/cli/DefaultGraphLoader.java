package org.spacecoop.app.cli;

import java.nio.file.Path;

import org.spacecoop.core.graph.CooperationGraph;

/**
 * Loads DATA as a dataset JSON file (its quoted documents from the {@code sources/} folder beside it) or any graph
 * file the explorer imports (GraphML, GEXF, GML, DOT, CSV), through {@link DataFiles}.
 */
final class DefaultGraphLoader implements GraphLoader {

    static final GraphLoader INSTANCE = new DefaultGraphLoader();

    @Override
    public CooperationGraph load(Path data) throws BadInput {
        return DataFiles.load(data).graph();
    }
}
