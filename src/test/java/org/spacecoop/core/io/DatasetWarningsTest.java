package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

class DatasetWarningsTest {

    private static Relation relation(String id, Status status, String start, String end) {
        return new Relation(id, "a", "b", RelationType.OPERATES, null, status,
                start == null ? null : PartialDate.of(start), end == null ? null : PartialDate.of(end), null, false,
                Evidence.of(List.of(), List.of(new Reference("https://x.org", "x"))));
    }

    @Test
    void aHistoricalRelationWithAStartAndNoEndIsWarnedAboutByItsPlace() {
        Dataset d = new Dataset(1, "t", List.of(), List.of(), List.of(
                relation("ended", Status.HISTORICAL, "2019", "2020"),
                relation("open", Status.HISTORICAL, "2019-05", null),
                relation("undated", Status.HISTORICAL, null, null),
                relation("going", Status.ACTIVE, "2019", null)));

        List<Problem> warnings = DatasetWarnings.of("d.json", d);

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.jsonPath()).isEqualTo("$.relations[1]");
            assertThat(w.format()).startsWith("d.json $.relations[1]: historical relation open starts 2019-05 but has no end");
        });
    }
}
