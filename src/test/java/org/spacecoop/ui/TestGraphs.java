package org.spacecoop.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.model.Status;

/** A small graph built in code from the op-ed, for view-model and view tests independent of the bundled data. */
public final class TestGraphs {

    public static final String OPED = "china-new-opening-2025";
    public static final String INSTRUMENTS = "The European Space Agency has previously provided two instruments for the Chang'e lunar mission";

    private TestGraphs() {
    }

    public static String opEdText() {
        try (InputStream in = TestGraphs.class.getResourceAsStream("/data/sources/china-new-opening-2025.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CooperationGraph opEd() {
        String text = opEdText();
        Source src = new Source(OPED, "China's New Opening for Space Cooperation?", "China in Space", "2025-02", null,
                "op-ed", "china-new-opening-2025.txt", text);
        List<Entity> es = List.of(
                entity("esa", "European Space Agency", EntityKind.AGENCY, "Europe", "ESA", "欧洲空间局"),
                entity("cmsa", "China Manned Space Agency", EntityKind.AGENCY, "CN", "CMSA"),
                entity("cty_cn", "China", EntityKind.COUNTRY, "CN", "中国"),
                entity("cty_fr", "France", EntityKind.COUNTRY, "FR"),
                entity("cty_us", "United States", EntityKind.COUNTRY, "US", "U.S.", "America"),
                entity("tiangong", "Tiangong Space Station", EntityKind.STATION, "CN", "Tiangong", "天宫"),
                entity("change-6", "Chang'e 6", EntityKind.MISSION, "CN", "Chang'e"),
                entity("nils", "Negative Ions on Lunar Surface", EntityKind.INSTRUMENT, "Europe", "NILS"),
                entity("svom", "SVOM", EntityKind.MISSION, "international"),
                entity("iss", "International Space Station", EntityKind.STATION, "international", "ISS"));
        List<Relation> rs = new ArrayList<>();
        rs.add(rel("esa.provides-instrument.change-6", "esa", "change-6", RelationType.PROVIDES_INSTRUMENT,
                Status.HISTORICAL, text, INSTRUMENTS + ", which returned the first lunar samples from the far side."));
        rs.add(rel("esa.develops.nils", "esa", "nils", RelationType.DEVELOPS, Status.HISTORICAL, text,
                "Those instruments were Negative Ions on Lunar Surface (NILS)"));
        rs.add(rel("esa.trains-with.cmsa", "esa", "cmsa", RelationType.TRAINS_WITH, Status.HISTORICAL, text,
                "the European Space Agency and China Manned Space Agency have trained alongside each other in Italy and China"));
        rs.add(rel("cmsa.operates.tiangong", "cmsa", "tiangong", RelationType.OPERATES, Status.ACTIVE, text,
                "This destination would be the country’s Tiangong Space Station."));
        rs.add(rel("cty_fr.co-leads.svom", "cty_fr", "svom", RelationType.CO_LEADS, Status.ACTIVE, text,
                "is also currently conducting a joint scientific mission with China called SVOM"));
        rs.add(rel("cty_cn.co-leads.svom", "cty_cn", "svom", RelationType.CO_LEADS, Status.ACTIVE, text,
                "is also currently conducting a joint scientific mission with China called SVOM"));
        rs.add(rel("cty_us.bans.cty_cn", "cty_us", "cty_cn", RelationType.BANS, Status.ACTIVE, text,
                "they were banned from the project by the U.S. in the 2010s"));
        rs.add(rel("esa.member-of.iss", "esa", "iss", RelationType.MEMBER_OF, Status.ACTIVE, text,
                "European astronauts can only get to the International Space Station via U.S. vehicles"));
        rs.add(new Relation("cty_us.operates.iss", "cty_us", "iss", RelationType.OPERATES, null, Status.ACTIVE,
                PartialDate.of("1998"), null, "Through NASA.", false,
                new Evidence(List.of(), List.of(new Reference("https://www.nasa.gov/iss", "NASA: Space Station")))));
        return CooperationGraph.of(new Dataset(1, "Test graph", List.of(src), es, rs));
    }

    private static Entity entity(String id, String name, EntityKind kind, String country, String... aliases) {
        return new Entity(id, name, List.of(aliases), kind, country, "Test entity " + name + ".", null, null,
                Status.ACTIVE, false, Evidence.NONE);
    }

    private static Relation rel(String id, String from, String to, RelationType type, Status status, String text,
                                String quote) {
        int at = text.indexOf(quote);
        if (at < 0) throw new IllegalArgumentException("quote not in the op-ed: " + quote);
        Passage p = new Passage(OPED, at, at + quote.length(), quote, true);
        return new Relation(id, from, to, type, null, status, PartialDate.of("2019"), null, "Test note.", false,
                new Evidence(List.of(p), List.of()));
    }
}
