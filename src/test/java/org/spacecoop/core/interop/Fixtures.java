package org.spacecoop.core.interop;

import java.util.List;

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

/** A small dataset with the awkward cases: non-Latin names, quotes, parallel edges, missing fields. */
public final class Fixtures {

    static final String TEXT = "China and ESA signed an agreement. The station hosts a payload from ESA.";

    private Fixtures() {
    }

    public static Dataset dataset() {
        Source src = new Source("op-ed", "An op-ed", "A paper", "2025-02", null, "op-ed", "op-ed.txt", TEXT);
        Source web = new Source("web", "A page", "An agency", "2024", "https://example.org", "agency page", null, null);
        Passage p1 = new Passage("op-ed", 0, 34, TEXT.substring(0, 34), true);
        Passage p2 = new Passage("op-ed", 35, TEXT.length(), TEXT.substring(35), true);
        Passage found = new Passage("op-ed", 35, TEXT.length(), TEXT.substring(35), false);
        Reference ref = new Reference("https://example.org/x", "X");
        List<Entity> entities = List.of(
                new Entity("cnsa", "China National Space Administration", List.of("CNSA", "国家航天局"), EntityKind.AGENCY, "CN",
                        "China's space agency.", PartialDate.of("1993"), null, Status.ACTIVE, false, Evidence.NONE),
                new Entity("esa", "European Space Agency", List.of("ESA"), EntityKind.AGENCY, "Europe",
                        "Europe's agency.", PartialDate.of("1975-05-30"), null, Status.ACTIVE, false, Evidence.NONE),
                new Entity("tiangong", "天宫 \"Tiangong\" & co", List.of(), EntityKind.STATION, "CN",
                        "A station.", PartialDate.of("2021-04"), null, Status.ACTIVE, false, Evidence.NONE),
                new Entity("mir", "European Space Agency", List.of(), EntityKind.STATION, null, "Old station.", PartialDate.of("1986"),
                        PartialDate.of("2001"), Status.HISTORICAL, false, Evidence.NONE),
                new Entity("cty_sa", "المملكة العربية السعودية", List.of("Saudi Arabia"), EntityKind.COUNTRY, "SA",
                        "A country.", null, null, Status.ACTIVE, false, Evidence.NONE));
        List<Relation> relations = List.of(
                new Relation("cnsa.cooperates-on.esa", "cnsa", "esa", RelationType.COOPERATES_ON, null, Status.SUSPENDED,
                        PartialDate.of("2015"), PartialDate.of("2023-01"), "Joint work, later \"paused\", a, b", false,
                        new Evidence(List.of(p1), List.of())),
                new Relation("cnsa.cooperates-on.esa.2", "cnsa", "esa", RelationType.COOPERATES_ON, null, Status.PLANNED,
                        null, null, null, false, new Evidence(List.of(), List.of(ref))),
                new Relation("tiangong.hosts-payload.esa", "tiangong", "esa", RelationType.HOSTS_PAYLOAD, null, Status.PROPOSED,
                        PartialDate.of("2025"), null, "天宫 payload", true, new Evidence(List.of(p2, found), List.of(ref))),
                new Relation("cnsa.operates.tiangong", "cnsa", "tiangong", RelationType.OPERATES, null, Status.ACTIVE,
                        PartialDate.of("2021"), null, null, false, new Evidence(List.of(), List.of(ref))),
                new Relation("cty_sa.x.tiangong", "cty_sa", "tiangong", RelationType.OTHER, "flies-with", Status.SPECULATIVE,
                        null, null, null, false, new Evidence(List.of(), List.of(ref))));
        return new Dataset(1, "Test: 空间合作", List.of(src, web), entities, relations);
    }
}
