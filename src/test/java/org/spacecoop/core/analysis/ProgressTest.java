package org.spacecoop.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.progress.Progress;

/** Long analyses report their progress, ending with everything done, and stop once it is cancelled. */
class ProgressTest {

    private record Update(double done, double total, String message) {
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
                .containsExactly(64.0, 128.0, 130.0);
    }

    @Test
    void whatIfStepsThroughRelationsComponentsAndEachMeasure() {
        CooperationGraph g = chain(6);
        List<Update> updates = new ArrayList<>();

        new WhatIf(g.graph()).measures(Set.of(Measure.DEGREE)).run(List.of(g.entity("v2").orElseThrow()), null,
                (d, t, m) -> updates.add(new Update(d, t, m)));

        assertThat(updates).extracting(Update::done).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
        assertThat(updates).allSatisfy(u -> assertThat(u.total()).isEqualTo(4.0));
    }

    @Test
    void singlePointsOfFailureCountEveryPointAndBridge() {
        List<Update> updates = new ArrayList<>();

        var result = SinglePointsOfFailure.of(chain(5).graph(), (d, t, m) -> updates.add(new Update(d, t, m)));

        long total = result.articulationPoints().size() + result.bridges().size();
        assertThat(total).isEqualTo(3 + 4);
        assertThat(updates).hasSize((int) total).last().satisfies(u -> assertThat(u.done()).isEqualTo((double) total));
    }

    @Test
    void aCancelledProgressStopsEachLongAnalysisAtItsNextReport() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        CooperationGraph g = chain(130);

        assertThatThrownBy(() -> Centrality.scores(g.graph(), Measure.CLOSENESS, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> new ComponentCloseness<>(g.graph(), cancelled).getScores())
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> Betweenness.of(Skeleton.of(g.graph()), cancelled))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> SinglePointsOfFailure.of(g.graph(), cancelled))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> new WhatIf(g.graph()).run(List.of(g.entity("v2").orElseThrow()), null, cancelled))
                .isInstanceOf(CancellationException.class);
    }
}
