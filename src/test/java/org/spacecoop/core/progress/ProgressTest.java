package org.spacecoop.core.progress;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void workGoesOnUntilItsProgressIsCancelledOrItsThreadInterrupted() {
        boolean[] cancelled = {false};
        Progress progress = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };

        assertThatCode(progress::checkCancelled).doesNotThrowAnyException();
        cancelled[0] = true;
        assertThatThrownBy(progress::checkCancelled).isInstanceOf(CancellationException.class);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(Progress.NONE::checkCancelled).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted(); // the flag must not leak into the next test on this thread
        }
        assertThatCode(Progress.NONE::checkCancelled).doesNotThrowAnyException();
    }
}
