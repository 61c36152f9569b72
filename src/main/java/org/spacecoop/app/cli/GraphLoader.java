package org.spacecoop.app.cli;

import java.nio.file.Path;

import org.spacecoop.core.graph.CooperationGraph;

/** Reads the DATA argument of the analysis commands; tests pass their own. */
@FunctionalInterface
public interface GraphLoader {

    CooperationGraph load(Path data) throws BadInput;
}
