package org.spacecoop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D HD = new Rectangle2D(0, 0, 1280, 720);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);

    @Test
    void firstLaunchTakesAbout85PercentCentredButNotLessThan1024x700() {
        assertThat(WindowPlacement.firstLaunch(FULL_HD).bounds()).isEqualTo(new Rectangle2D(144, 81, 1632, 918));
        // 85 % of 720 is 612: the floor of 700 wins
        assertThat(WindowPlacement.firstLaunch(HD).bounds()).isEqualTo(new Rectangle2D(96, 10, 1088, 700));
        assertThat(WindowPlacement.firstLaunch(HD).maximized()).isFalse();
    }

    @Test
    void aScreenSmallerThanTheFloorGetsTheWholeScreen() {
        Rectangle2D small = new Rectangle2D(0, 24, 800, 576);
        assertThat(WindowPlacement.firstLaunch(small).bounds()).isEqualTo(small);
    }

    @Test
    void aSavedPlaceOnAScreenStillThereIsKept() {
        WindowPlacement saved = new WindowPlacement(new Rectangle2D(30, 40, 900, 600), true);
        assertThat(WindowPlacement.restore(saved, List.of(FULL_HD), FULL_HD)).isEqualTo(saved);
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneComesBackOntoThePrimaryOneNoLargerThanIt() {
        WindowPlacement onSecond = new WindowPlacement(new Rectangle2D(2000, 100, 1500, 900), false);
        WindowPlacement back = WindowPlacement.restore(onSecond, List.of(HD), HD);
        assertThat(back.bounds()).isEqualTo(new Rectangle2D(0, 0, 1280, 720));
    }

    @Test
    void aWindowHalfOffTheScreenIsMovedWhollyOntoIt() {
        WindowPlacement half = new WindowPlacement(new Rectangle2D(1500, -50, 800, 600), false);
        assertThat(WindowPlacement.restore(half, List.of(FULL_HD), FULL_HD).bounds()).isEqualTo(new Rectangle2D(1120, 0, 800, 600));
    }

    @Test
    void nothingSavedOrATinyWindowGivesTheFirstLaunchPlace() {
        assertThat(WindowPlacement.restore(null, List.of(HD), HD)).isEqualTo(WindowPlacement.firstLaunch(HD));
        WindowPlacement tiny = new WindowPlacement(new Rectangle2D(10, 10, 120, 90), false);
        assertThat(WindowPlacement.restore(tiny, List.of(HD), HD)).isEqualTo(WindowPlacement.firstLaunch(HD));
    }
}
