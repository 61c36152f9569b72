package org.spacecoop.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.analysis.Fixture;
import org.spacecoop.core.graph.CooperationGraph;

class AnalysisCommandsTest {

    /** nasa – gateway – esa – ariane, and roscosmos alone. */
    private static final CooperationGraph GRAPH = new Fixture().actor("nasa", "US").actor("esa", "Europe")
            .actor("roscosmos", "RU").program("gateway").program("ariane")
            .rel("nasa", "develops", "gateway").rel("esa", "provides-hardware", "gateway").rel("esa", "develops", "ariane")
            .build();
    private static final GraphLoader LOADER = path -> GRAPH;

    @Test
    void rankListsEntitiesByTheChosenMeasure() {
        CliRun r = CliRun.of(new RankCommand(LOADER), "data.json", "--by", "betweenness", "--top", "2");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Betweenness of 5 entities").containsPattern("1\\s+2\\s+esa")
                .containsPattern("1\\s+2\\s+gateway").doesNotContain("nasa");
    }

    @Test
    void rankAsJson() {
        CliRun r = CliRun.of(new RankCommand(LOADER), "data.json", "--by", "DEGREE", "--json");

        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.get("measure").getAsString()).isEqualTo("degree");
        assertThat(o.getAsJsonArray("ranking")).hasSize(5);
        assertThat(o.getAsJsonArray("ranking").get(0).getAsJsonObject().get("score").getAsDouble()).isEqualTo(2.0);
    }

    @Test
    void rankOnlyWhatTheFilterShows() {
        CliRun r = CliRun.of(new RankCommand(LOADER), "data.json", "--by", "degree", "--filter", "type=develops;isolated=hide");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Degree of 4 entities (2 relations)").doesNotContain("roscosmos");
    }

    @Test
    void aBadFilterIsBadInput() {
        CliRun r = CliRun.of(new RankCommand(LOADER), "data.json", "--filter", "colour=blue");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("rank: --filter: ");
    }

    @Test
    void anUnknownMeasureIsAUsageError() {
        CliRun r = CliRun.of(new RankCommand(LOADER), "data.json", "--by", "fame");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown measure 'fame'");
    }

    @Test
    void pathPrintsEachStepWithItsEvidence() {
        CliRun r = CliRun.of(new PathCommand(LOADER), "data.json", "NASA", "esa", "--undirected");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("NASA to ESA: 2 steps (directions ignored)")
                .contains("NASA —develops→ GATEWAY").contains("GATEWAY ←provides-hardware— ESA")
                .contains("\"quote for nasa.develops.gateway\" (src)").contains("https://example.org/esa.provides-hardware.gateway");
    }

    @Test
    void pathFollowsDirectionsByDefault() {
        CliRun r = CliRun.of(new PathCommand(LOADER), "data.json", "nasa", "esa");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("No connection from NASA to ESA following relation directions");
    }

    @Test
    void pathAsJsonCarriesTheEvidence() {
        CliRun r = CliRun.of(new PathCommand(LOADER), "data.json", "nasa", "esa", "--undirected", "--json");

        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.get("length").getAsInt()).isEqualTo(2);
        var step = o.getAsJsonArray("chains").get(0).getAsJsonArray().get(1).getAsJsonObject();
        assertThat(step.get("direction").getAsString()).isEqualTo("backward");
        assertThat(step.getAsJsonObject("relation").getAsJsonObject("evidence").getAsJsonArray("passages")).hasSize(1);
    }

    @Test
    void anUnknownIdListsCloseMatchesAndExitsWithOne() {
        CliRun r = CliRun.of(new PathCommand(LOADER), "data.json", "nassa", "esa");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("path: unknown entity \"nassa\"; close matches: nasa (NASA)")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void whatIfReportsLostRelationsBlocLossesAndCutOffEntities() {
        CliRun r = CliRun.of(new WhatIfCommand(LOADER), "data.json", "--remove", "esa", "--anchor", "nasa");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Also gone: ARIANE (led only by ESA)")
                .contains("Relations lost: 2").contains("esa.provides-hardware.gateway")
                .contains("GATEWAY: no Europe partner left (had ESA)")
                .contains("Cut off from NASA: 0")
                .contains("Connected components: 2 → 2 (largest: 4 → 2 entities)");
    }

    @Test
    void whatIfAsJson() {
        CliRun r = CliRun.of(new WhatIfCommand(LOADER), "data.json", "--remove", "nasa,esa", "--json");

        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.getAsJsonArray("lostRelations")).hasSize(3);
        assertThat(o.getAsJsonArray("fallout")).hasSize(2); // gateway and ariane, led only by the removed
        assertThat(o.getAsJsonObject("components").get("after").getAsInt()).isEqualTo(1);
    }

    @Test
    void whatIfWithoutRemoveIsAUsageError() {
        CliRun r = CliRun.of(new WhatIfCommand(LOADER), "data.json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--remove");
    }

    @Test
    void bridgesListsCutPointsAndBridges() {
        CliRun r = CliRun.of(new BridgesCommand(LOADER), "data.json");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Articulation points: 2").contains("Bridges: 3")
                .containsPattern("ESA \\(esa\\)\\s+separates 1: ariane");
    }

    @Test
    void unreadableDataIsBadInput() {
        GraphLoader failing = path -> {
            throw new BadInput("cannot read " + path);
        };

        CliRun r = CliRun.of(new BridgesCommand(failing), "missing.json");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("bridges: cannot read missing.json" + System.lineSeparator());
    }
}
