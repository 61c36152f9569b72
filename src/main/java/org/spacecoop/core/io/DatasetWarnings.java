package org.spacecoop.core.io;

import java.util.ArrayList;
import java.util.List;

import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Status;

/**
 * What a valid dataset probably gets wrong, without making it unreadable: a {@code historical} relation with a
 * start and no end, which the "as of" filter would show as still going on.
 */
public final class DatasetWarnings {

    private DatasetWarnings() {
    }

    /** The warnings, in file order, each placed by its JSON path (the records keep no line numbers). */
    public static List<Problem> of(String fileName, Dataset d) {
        List<Problem> out = new ArrayList<>();
        List<Relation> relations = d.relations();
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            if (r.status() == Status.HISTORICAL && r.start() != null && r.end() == null) {
                out.add(new Problem(fileName, 0, 0, "$.relations[" + i + "]", "historical relation " + r.id()
                        + " starts " + r.start() + " but has no end: the \"as of\" filter shows it as ongoing;"
                        + " give its end date, or the status that fits"));
            }
        }
        return out;
    }
}
