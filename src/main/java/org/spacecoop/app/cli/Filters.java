package org.spacecoop.app.cli;

import org.jgrapht.Graph;
import org.spacecoop.core.filter.FilterSyntaxException;
import org.spacecoop.core.filter.FilterText;
import org.spacecoop.core.filter.GraphFilter;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/** The {@code --filter TEXT} option: the filter panel's text form, applied as a view of the graph. */
final class Filters {

    private Filters() {
    }

    /** The whole graph for no filter; a bad filter is bad input naming the clause. */
    static Graph<Entity, Relation> view(CooperationGraph cg, String filter) throws BadInput {
        if (filter == null || filter.isBlank()) return cg.graph();
        try {
            var state = FilterText.parse(filter);
            GraphFilter gf = new GraphFilter(cg);
            var problems = gf.problems(state);
            if (!problems.isEmpty()) throw new BadInput("--filter: " + String.join("; ", problems));
            return gf.apply(state).view();
        } catch (FilterSyntaxException e) {
            throw new BadInput("--filter: " + e.getMessage());
        }
    }
}
