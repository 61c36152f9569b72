package org.spacecoop.app.cli;

import java.nio.file.Path;

import org.spacecoop.core.graph.CooperationGraph;

/** Loads DATA as a dataset JSON file. */
final class DefaultGraphLoader implements GraphLoader {

    static final GraphLoader INSTANCE = new DefaultGraphLoader();

    @Override
    public CooperationGraph load(Path data) throws BadInput {
        throw new BadInput("cannot read " + data + ": the dataset reader is not available yet");
    }
}
