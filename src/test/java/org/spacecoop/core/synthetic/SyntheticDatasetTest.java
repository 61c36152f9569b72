package org.spacecoop.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.LoadResult;
import org.spacecoop.core.io.SourceResolver;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Status;

class SyntheticDatasetTest {

    private static String generate(int nodes, int edges, long seed) throws Exception {
        StringWriter out = new StringWriter();
        SyntheticDataset.write(out, nodes, edges, seed);
        return out.toString();
    }

    @Test
    void aGeneratedDatasetLoadsWithoutProblemsAndMixesKindsTypesStatusesAndDates() throws Exception {
        String json = generate(2000, 5000, 3);

        LoadResult result = DatasetReader.read("synthetic.json", new StringReader(json), SourceResolver.directory(
                java.nio.file.Path.of("does-not-exist")));

        assertThat(result.problems()).isEmpty();
        Dataset d = result.dataset();
        assertThat(d.entities()).hasSize(2000);
        assertThat(d.relations()).hasSize(5000);
        Set<EntityKind> kinds = d.entities().stream().map(e -> e.kind()).collect(Collectors.toSet());
        assertThat(kinds).hasSizeGreaterThan(12);
        assertThat(d.relations().stream().map(Relation::type).distinct().count()).isGreaterThan(20);
        Set<Status> statuses = d.relations().stream().map(Relation::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class)));
        assertThat(statuses).contains(Status.ACTIVE, Status.PLANNED, Status.HISTORICAL, Status.SPECULATIVE);
        assertThat(d.relations()).anyMatch(r -> r.start() != null && r.start().day() != 0)
                .anyMatch(r -> r.start() != null && r.start().month() == 0);
        assertThat(d.entities()).anyMatch(e -> e.aliases().stream().anyMatch(a -> a.codePointAt(0) > 0x4E00));
    }

    @Test
    void degreesAreSkewedLikeAPreferentialAttachmentGraph() throws Exception {
        String json = generate(3000, 6000, 5);
        Dataset d = DatasetReader.read("s.json", new StringReader(json), SourceResolver.directory(java.nio.file.Path.of("x")))
                .orThrow();
        CooperationGraph g = CooperationGraph.of(d);
        int max = d.entities().stream().mapToInt(e -> g.graph().degreeOf(e)).max().orElseThrow();
        // Average degree 4; a hub of a preferential-attachment graph has many times that.
        assertThat(max).isGreaterThan(60);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        assertThat(generate(300, 700, 9)).isEqualTo(generate(300, 700, 9));
        assertThat(generate(300, 700, 9)).isNotEqualTo(generate(300, 700, 10));
    }
}
