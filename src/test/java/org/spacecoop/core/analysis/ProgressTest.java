package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;

/** Long analyses report their progress, ending with everything done. */
class ProgressTest {

    private record Update(long done, long total, String message) {
    }

    private static CooperationGraph chain(int n) {
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) ids[i] = "v" + i;
        return new Fixture().path(ids).build();
    }

    @Test
    void closenessCountsTheEntitiesItHasDone() {
        List<Update> updates = new ArrayList<>();

        Centrality.scores(chain(130).graph(), Measure.CLOSENESS, (d, t, m) -> updates.add(new Update(d, t, m)));

        assertThat(updates).extracting(Update::message).contains("closeness");
        assertThat(updates).filteredOn(u -> u.message().equals("closeness")).extracting(Update::done)
                .containsExactly(64L, 128L, 130L);
    }

    @Test
    void whatIfStepsThroughRelationsComponentsAndEachMeasure() {
        CooperationGraph g = chain(6);
        List<Update> updates = new ArrayList<>();

        new WhatIf(g.graph()).measures(Set.of(Measure.DEGREE)).run(List.of(g.entity("v2").orElseThrow()), null,
                (d, t, m) -> updates.add(new Update(d, t, m)));

        assertThat(updates).extracting(Update::done).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(updates).allSatisfy(u -> assertThat(u.total()).isEqualTo(4));
    }

    @Test
    void singlePointsOfFailureCountEveryPointAndBridge() {
        List<Update> updates = new ArrayList<>();

        var result = SinglePointsOfFailure.of(chain(5).graph(), (d, t, m) -> updates.add(new Update(d, t, m)));

        long total = result.articulationPoints().size() + result.bridges().size();
        assertThat(total).isEqualTo(3 + 4);
        assertThat(updates).hasSize((int) total).last().satisfies(u -> assertThat(u.done()).isEqualTo(total));
    }
}
