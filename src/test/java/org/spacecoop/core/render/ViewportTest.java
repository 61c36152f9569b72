package org.spacecoop.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void worldAndScreenAreInverse() {
        Viewport v = new Viewport(2.5, 100, -40);
        assertThat(v.toScreenX(10)).isEqualTo(125);
        assertThat(v.toScreenY(10)).isEqualTo(-15);
        assertThat(v.toWorldX(v.toScreenX(-7.25))).isCloseTo(-7.25, within(1e-12));
        assertThat(v.toWorldY(v.toScreenY(3.5))).isCloseTo(3.5, within(1e-12));
        assertThat(v.toWorldLength(5)).isEqualTo(2);
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        Viewport v = new Viewport(1.3, 20, 30);
        double wx = v.toWorldX(400), wy = v.toWorldY(250);
        Viewport z = v.zoomAround(1.7, 400, 250);
        assertThat(z.scale()).isCloseTo(1.3 * 1.7, within(1e-12));
        assertThat(z.toScreenX(wx)).isCloseTo(400, within(1e-9));
        assertThat(z.toScreenY(wy)).isCloseTo(250, within(1e-9));
    }

    @Test
    void zoomIsClamped() {
        Viewport z = Viewport.IDENTITY.zoomAround(1e9, 0, 0);
        assertThat(z.scale()).isEqualTo(Viewport.MAX_SCALE);
        assertThat(Viewport.IDENTITY.zoomAround(1e-12, 0, 0).scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void fitCentresTheBoundsWithMargin() {
        // 200×100 world into 500×500 with 50 margin: width limits, scale 2.
        Viewport v = Viewport.fit(-100, 0, 100, 100, 500, 500, 50);
        assertThat(v.scale()).isCloseTo(2, within(1e-12));
        assertThat(v.toScreenX(-100)).isCloseTo(50, within(1e-9));
        assertThat(v.toScreenX(100)).isCloseTo(450, within(1e-9));
        assertThat(v.toScreenY(50)).isCloseTo(250, within(1e-9));
    }

    @Test
    void fitOfAPointCentresIt() {
        Viewport v = Viewport.fit(5, 5, 5, 5, 300, 200, 10);
        assertThat(v.scale()).isEqualTo(1);
        assertThat(v.toScreenX(5)).isEqualTo(150);
        assertThat(v.toScreenY(5)).isEqualTo(100);
    }

    @Test
    void panAndCentre() {
        Viewport v = new Viewport(2, 0, 0).panBy(10, -5);
        assertThat(v.toScreenX(0)).isEqualTo(10);
        Viewport c = v.centerOn(30, 40, 200, 100);
        assertThat(c.toScreenX(30)).isEqualTo(200);
        assertThat(c.toScreenY(40)).isEqualTo(100);
    }

    @Test
    void visibleWorldAndBadScale() {
        Viewport.Bounds b = new Viewport(2, 10, 20).visibleWorld(100, 60);
        assertThat(b.minX()).isEqualTo(-5);
        assertThat(b.maxY()).isEqualTo(20);
        assertThatThrownBy(() -> new Viewport(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
