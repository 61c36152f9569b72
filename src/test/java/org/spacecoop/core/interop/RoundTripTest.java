package org.spacecoop.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

class RoundTripTest {

    static final Dataset DATA = Fixtures.dataset();
    static final CooperationGraph GRAPH = CooperationGraph.of(DATA);

    static String export(GraphFormat f, Positions p) throws IOException {
        StringWriter out = new StringWriter();
        GraphFileExporter.export(new GraphFileExporter.Request(DATA, GRAPH.graph(), p), f, out);
        return out.toString();
    }

    static RawGraph read(GraphFormat f, String text) throws IOException {
        return GraphFileImporter.read(f, new BufferedReader(new StringReader(text)), "test." + f.id());
    }

    @ParameterizedTest
    @EnumSource(value = GraphFormat.class, names = {"GRAPHML", "GEXF", "GML", "DOT", "CSV"})
    void verticesEdgesAndAttributesSurvive(GraphFormat f) throws IOException {
        String text = export(f, Positions.NONE);
        RawGraph raw = read(f, text);
        Dataset back = ImportedDataset.build(raw, f, "test").dataset();

        assertThat(back.relations()).extracting(Relation::id, Relation::from, Relation::to, Relation::type, Relation::typeName,
                        Relation::status, Relation::start, Relation::end, Relation::note)
                .containsExactlyInAnyOrderElementsOf(DATA.relations().stream().map(r -> org.assertj.core.groups.Tuple.tuple(
                        r.id(), r.from(), r.to(), r.type(), r.typeName(), r.status(), r.start(), r.end(), r.note())).toList());
        // a CSV edge list cannot hold a vertex without edges; every other format keeps all of them
        List<Entity> expected = f == GraphFormat.CSV ? DATA.entities().stream().filter(e -> !e.id().equals("mir")).toList()
                : DATA.entities();
        var entityFields = f == GraphFormat.CSV
                ? List.<java.util.function.Function<Entity, Object>>of(Entity::id, Entity::name, Entity::kind, Entity::country)
                : List.<java.util.function.Function<Entity, Object>>of(Entity::id, Entity::name, Entity::kind, Entity::country,
                        Entity::status, Entity::start, Entity::end);
        assertThat(back.entities()).hasSameSizeAs(expected);
        for (Entity want : expected) {
            Entity got = back.entities().stream().filter(e -> e.id().equals(want.id())).findFirst().orElseThrow();
            for (var field : entityFields) assertThat(field.apply(got)).as(want.id()).isEqualTo(field.apply(want));
        }
        // evidence counts travel as attributes
        for (RawGraph.Edge e : raw.edges()) {
            String id = f == GraphFormat.GML ? e.attributes().get("key") : e.attributes().getOrDefault("id", null);
            Relation r = id == null ? null : GRAPH.relation(id).orElse(null);
            if (r != null) assertThat(e.attributes()).containsEntry("passages", String.valueOf(r.evidence().passages().size()));
        }
    }

    @ParameterizedTest
    @EnumSource(value = GraphFormat.class, names = {"GRAPHML", "GEXF", "GML", "DOT"})
    void positionsAreWrittenWhereTheFormatHasThem(GraphFormat f) throws IOException {
        Graph<Entity, Relation> g = GRAPH.graph();
        List<Entity> order = List.copyOf(g.vertexSet());
        double[] x = new double[order.size()];
        double[] y = new double[order.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10.5 * i;
            y[i] = 100 - 3.25 * i;
        }
        String text = export(f, Positions.of(x, y, order::indexOf));
        switch (f) {
            case GEXF -> assertThat(text).contains("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"")
                    .contains("<viz:position x=\"21.0\" y=\"-93.5\" z=\"0.0\"");
            case GML -> assertThat(text).contains("graphics").contains("x 21.0").contains("y 93.5");
            case DOT -> assertThat(text).contains("pos=\"21,-93.5\"");
            default -> {
                var back = ImportedDataset.build(read(f, text), f, "t").positions();
                assertThat(back.get(order.get(2).id())).containsExactly(21.0, 93.5);
            }
        }
        assertThat(read(f, text).vertices()).hasSize(order.size());
    }

    @ParameterizedTest
    @EnumSource(value = GraphFormat.class, names = {"GRAPHML", "GEXF", "GML", "DOT", "CSV"})
    void exportOfAFilteredViewHoldsOnlyTheView(GraphFormat f) throws IOException {
        var view = new org.jgrapht.graph.MaskSubgraph<>(GRAPH.graph(), e -> e.id().equals("cty_sa"),
                r -> r.status() == org.spacecoop.core.model.Status.SUSPENDED);
        StringWriter out = new StringWriter();
        GraphFileExporter.export(new GraphFileExporter.Request(DATA, view, Positions.NONE), f, out);
        RawGraph raw = read(f, out.toString());
        assertThat(raw.edges()).hasSize(3);
        assertThat(raw.vertices()).hasSize(f == GraphFormat.CSV ? 3 : 4);
        Map<String, String> degreeOfEsa = ImportedDataset.build(raw, f, "t").dataset().entities().stream()
                .filter(e -> e.id().equals("esa")).findFirst().map(e -> Map.of("found", "yes")).orElseThrow();
        assertThat(degreeOfEsa).isNotEmpty();
    }
}
