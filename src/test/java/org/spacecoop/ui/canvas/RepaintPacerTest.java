package org.spacecoop.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The repaint rule without a toolkit: pulses are calls with chosen times. */
class RepaintPacerTest {

    private static final long MS = 1_000_000L;

    @Test
    void aLayoutFrameWaitsThreeFrameCostsAfterACostlyFrameAUserFrameDoesNot() {
        RepaintPacer p = new RepaintPacer();
        assertThat(p.paintNow(0, 0)).isTrue(); // the first frame
        p.pulse(200 * MS); // the pulse after it came 200 ms later: that frame was costly
        assertThat(p.layoutFrameGap()).isEqualTo(600 * MS);

        p.layoutMoved();
        assertThat(p.paintNow(300 * MS, 1)).isFalse();
        assertThat(p.paintNow(600 * MS, 1)).isTrue();

        p.pulse(620 * MS); // a cheap frame this time
        p.layoutMoved();
        assertThat(p.paintNow(640 * MS, 2)).isTrue();

        p.frameCost(400 * MS);
        p.markDirty();
        assertThat(p.paintNow(650 * MS, 2)).isTrue(); // the user's change does not wait
        assertThat(p.paintNow(660 * MS, 2)).isFalse(); // nothing changed since
        assertThat(p.paintNow(670 * MS, 3)).isTrue(); // the scene changed (not the layout)
    }
}
