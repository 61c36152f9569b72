package org.spacecoop.core.graph;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * Builds a {@link CooperationGraph} from records handed over one at a time, so a reader can grow the graph while the
 * rest of its file is still being parsed: first {@link #entities} once, then {@link #relation} for each relation,
 * then {@link #relationsDone}. A second call to {@link #entities} starts over (a reader reading the file again).
 */
public final class CooperationGraphBuilder {
    private final int expectedRelations;
    private ArrayGraph.Builder<Entity, Relation> graph;
    /** Graph position of each entity in the list (an entity repeating an id shares the first one's). */
    private int[] positions;
    private int edges;
    /** The edge table being filled after the last relation ({@link #relationsDone}), or null. */
    private CompletableFuture<Void> tabling;

    public CooperationGraphBuilder(int expectedRelations) {
        this.expectedRelations = expectedRelations;
    }

    /** All entities, in file order; drops whatever was built before. */
    public void entities(List<Entity> entities) {
        awaitTabling(); // a reader starting over: the table being filled belongs to the builder dropped here
        graph = new ArrayGraph.Builder<>(entities.size(), expectedRelations); // a reader starting over drops the old one
        edges = 0;
        positions = new int[entities.size()];
        for (int i = 0; i < positions.length; i++) {
            Entity e = entities.get(i);
            positions[i] = graph.addVertex(e);
        }
    }

    /**
     * One relation whose ends are positions in the list passed to {@link #entities}: no look-up of the ends, and
     * none of the id (the caller checked it is new).
     */
    public void relation(Relation r, int from, int to) {
        graph.addNewEdge(r, positions[from], positions[to]);
        edges++;
    }

    /** One relation whose ends are entity ids, looked up in the graph. */
    void add(Relation r, String from, String to) {
        int s = from == null ? -1 : graph.position(from.hashCode(), e -> e.id().equals(from));
        int t = to == null ? -1 : graph.position(to.hashCode(), e -> e.id().equals(to));
        if (s < 0 || t < 0) throw new IllegalArgumentException("relation " + r.id() + " names an unknown entity");
        graph.addEdge(r, s, t);
        edges++;
    }

    /**
     * After the last relation: fills the edge table on another thread while the reader checks the relation ids (the
     * two took 0.1-0.2 s one after the other at the end of a million-relation load, the other core idle).
     */
    public void relationsDone() {
        ArrayGraph.Builder<Entity, Relation> g = graph;
        if (g != null) tabling = CompletableFuture.runAsync(g::tableEdges);
    }

    private void awaitTabling() {
        if (tabling != null) tabling.join();
        tabling = null;
    }

    /** The graph built from the dataset's own lists. */
    CooperationGraph build(Dataset dataset) {
        awaitTabling();
        if (graph == null) entities(List.of());
        return new CooperationGraph(dataset, graph.build());
    }

    /** The graph built from the records received, or (should they miss anything) one built from the dataset itself. */
    public CooperationGraph buildOrRedo(Dataset dataset) {
        if (graph == null || positions.length != dataset.entities().size() || edges != dataset.relations().size()) {
            return CooperationGraph.of(dataset);
        }
        return build(dataset);
    }
}
