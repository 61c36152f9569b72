package org.spacecoop.ui.detail;

import java.util.List;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/** What the detail panel shows, worked out by the {@link DetailViewModel} without the toolkit. */
public sealed interface DetailContent {

    /** No graph yet. */
    record Loading() implements DetailContent {
    }

    /** Nothing selected: the dataset's title and "152 entities, 281 relations, 40 sources.". */
    record Overview(String title, String counts) implements DetailContent {
    }

    /**
     * An entity: its facts ("agency · FR · 1975– · active"), its relations grouped by type (folded when there are
     * many), its passages and its references.
     */
    record OfEntity(Entity entity, String facts, List<RelationGroup> relationGroups, int relationCount,
                    boolean relationsFolded, List<Quote> passages, List<Reference> references) implements DetailContent {
    }

    /** A relation: its ends, its facts, its note, its evidence and references, and its citation for the clipboard. */
    record OfRelation(Relation relation, Entity from, Entity to, String facts, String note, String citation,
                      List<Quote> passages, List<Reference> references) implements DetailContent {
    }

    /** The relations of one type ("provides-hardware (3)"). */
    record RelationGroup(String type, List<RelationRow> rows) {
    }

    /**
     * "→ Lunar Gateway (active, since 2020 ›)": the other end, and a pill that opens the relation itself.
     *
     * @param pill    "active, since 2020 ›"
     * @param tooltip what the pill opens
     */
    record RelationRow(Relation relation, boolean outgoing, Entity other, String pill, String tooltip) {
    }

    /**
     * A passage with its source (null when the dataset does not list it) and the mentions to highlight.
     *
     * @param opensInSource whether the source's text is there to open the passage in
     */
    record Quote(Passage passage, Source source, List<Mark> marks, boolean opensInSource) {
    }
}
