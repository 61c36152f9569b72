package org.spacecoop.ui.analytics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.spacecoop.ui.task.Progress;

class AnalysesTest {

    @Test
    void aCancelledTaskStopsTheCoreAlgorithmAtItsNextReport() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public void publish(Runnable uiAction) {
            }
        };

        assertThatThrownBy(() -> Analyses.core(cancelled).update(1, 2, "closeness"))
                .isInstanceOf(CancellationException.class);
    }
}
