package org.spacecoop.core.filter;

import java.util.ArrayList;
import java.util.List;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.model.Status;

/** A hand-built dataset with one relation for each date shape the filters must handle. */
public final class SmallDataset {

    public static final String OPED = "oped";
    public static final String NEWS = "news";

    private SmallDataset() {
    }

    public static CooperationGraph graph() {
        List<Entity> entities = List.of(
                entity("esa", "European Space Agency", EntityKind.AGENCY, "ESA", "欧洲空间局"),
                entity("cnsa", "China National Space Administration", EntityKind.AGENCY, "CNSA"),
                entity("nasa", "National Aeronautics and Space Administration", EntityKind.AGENCY, "NASA"),
                entity("ilrs", "International Lunar Research Station", EntityKind.PROGRAM, "ILRS"),
                entity("argonaut", "Argonaut", EntityKind.VEHICLE),
                entity("artemis_accords", "Artemis Accords", EntityKind.AGREEMENT),
                entity("cty_us", "United States", EntityKind.COUNTRY, "USA"),
                entity("cty_fr", "France", EntityKind.COUNTRY),
                entity("change6", "Chang'e-6", EntityKind.MISSION, "嫦娥六号"),
                entity("loner", "Lonely Institute", EntityKind.INSTITUTE));
        List<Relation> relations = new ArrayList<>();
        relations.add(rel("cty_us.signatory-of.artemis_accords", "cty_us", RelationType.SIGNATORY_OF, "artemis_accords",
                Status.ACTIVE, "2020-10-13", null, refs("https://www.state.gov/artemis-accords")));
        relations.add(rel("cty_fr.signatory-of.artemis_accords", "cty_fr", RelationType.SIGNATORY_OF, "artemis_accords",
                Status.ACTIVE, "2022-06", null, passages(NEWS, NEWS)));
        relations.add(rel("esa.provides-instrument.change6", "esa", RelationType.PROVIDES_INSTRUMENT, "change6",
                Status.HISTORICAL, "2024-05-03", "2024-06-25",
                new Evidence(List.of(passage(OPED), passage(NEWS)), List.of(new Reference("https://www.esa.int/x", "ESA")))));
        relations.add(rel("ilrs.cooperates-on.argonaut", "ilrs", RelationType.COOPERATES_ON, "argonaut",
                Status.SPECULATIVE, null, null, passages(OPED)));
        relations.add(rel("nasa.bans.cnsa", "nasa", RelationType.BANS, "cnsa",
                Status.ACTIVE, "2011", null, refs("https://www.congress.gov/bill/112")));
        relations.add(rel("cnsa.initiates.ilrs", "cnsa", RelationType.INITIATES, "ilrs",
                Status.ACTIVE, "2021-03", null, passages(OPED)));
        relations.add(rel("esa.operates.argonaut", "esa", RelationType.OPERATES, "argonaut",
                Status.PLANNED, "2031", null, passages(NEWS)));
        relations.add(rel("cnsa.operates.change6", "cnsa", RelationType.OPERATES, "change6",
                Status.HISTORICAL, "2024-05", "2024-06", passages(NEWS)));
        relations.add(rel("nasa.cooperates-on.esa", "nasa", RelationType.COOPERATES_ON, "esa",
                Status.HISTORICAL, null, "2015", refs("https://nasa.gov/a")));
        List<Source> sources = List.of(
                new Source(OPED, "An op-ed", "A paper", "2025-02", "https://opinion.example.org/oped", "op-ed", null, null),
                new Source(NEWS, "News report", "Agency", "2024", null, "news", null, null));
        return CooperationGraph.of(new Dataset(1, "small", sources, entities, relations));
    }

    static Entity entity(String id, String name, EntityKind kind, String... aliases) {
        return new Entity(id, name, List.of(aliases), kind, null, "", null, null, Status.ACTIVE, false, null);
    }

    static Relation rel(String id, String from, RelationType type, String to, Status status, String start, String end,
                        Evidence evidence) {
        return new Relation(id, from, to, type, null, status, start == null ? null : PartialDate.of(start),
                end == null ? null : PartialDate.of(end), null, false, evidence);
    }

    static Passage passage(String source) {
        return new Passage(source, 0, 1, "x", true);
    }

    static Evidence passages(String... sources) {
        return new Evidence(java.util.Arrays.stream(sources).map(SmallDataset::passage).toList(), List.of());
    }

    static Evidence refs(String... urls) {
        return new Evidence(List.of(), java.util.Arrays.stream(urls).map(u -> new Reference(u, "t")).toList());
    }
}
