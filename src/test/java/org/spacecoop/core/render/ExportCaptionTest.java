package org.spacecoop.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.interop.Fixtures;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.PartialDate;

class ExportCaptionTest {

    @Test
    void theCaptionCarriesTheDatasetsAsOfDateBesideTheFiltersDate() {
        Dataset base = Fixtures.dataset();
        Dataset dated = new Dataset(base.formatVersion(), base.title(), base.sources(), base.entities(),
                base.relations(), PartialDate.of("2026-11"));
        CooperationGraph g = CooperationGraph.of(dated);

        Caption c = ExportCaption.of(dated, g.graph(), "asof=2025-03", "2025-03", 5);
        Caption undated = ExportCaption.of(base, CooperationGraph.of(base).graph(), "", "", 5);

        assertThat(c.asOf()).isEqualTo("2025-03");
        assertThat(c.dataAsOf()).isEqualTo("2026-11");
        assertThat(undated.dataAsOf()).isEmpty();
    }
}
