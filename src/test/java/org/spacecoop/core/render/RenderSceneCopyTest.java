package org.spacecoop.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

/** {@link RenderScene#copy()}: what an export paints off the FX thread while the canvas's scene keeps changing. */
class RenderSceneCopyTest {

    @Test
    void copiesWhatTheSceneShowsButNotTheHover() {
        RenderScene s = Scenes.chain(5, 50);
        s.setRadiusOverride(1, 30);
        s.setColorOverride(2, 0xFF123456);
        s.setNodeVisible(3, false);
        s.setEdgeVisible(0, false);
        s.selectNode(4);
        s.setHoverNode(1);
        s.setHighlight(bits(0, 1), bits(1));

        RenderScene c = s.copy();

        assertThat(c.nodeCount()).isEqualTo(5);
        assertThat(c.x(4)).isEqualTo(s.x(4));
        assertThat(c.radius(1)).isEqualTo(30);
        assertThat(c.radius(0)).isEqualTo(8);
        assertThat(c.colorOverride(2)).isEqualTo(0xFF123456);
        assertThat(c.isNodeVisible(3)).isFalse();
        assertThat(c.isEdgeVisible(0)).isFalse();
        assertThat(c.isEdgeVisible(3)).isFalse(); // its end 3 is hidden
        assertThat(c.isEdgeVisible(1)).isTrue();
        assertThat(c.selectedNode()).isEqualTo(4);
        assertThat(c.highlightedNodes()).isEqualTo(bits(0, 1));
        assertThat(c.highlightedEdges()).isEqualTo(bits(1));
        assertThat(c.hoverNode()).isEqualTo(-1);
        assertThat(c.parallelCount(0)).isEqualTo(1);
        assertThat(c.visibleBounds()).isEqualTo(s.visibleBounds());
    }

    @Test
    void laterChangesToTheSceneLeaveTheCopyAsItWas() {
        RenderScene s = Scenes.chain(4, 50);
        s.setColorOverride(0, 0xFFFF00FF);
        RenderScene c = s.copy();

        s.setPosition(0, 999, 999);
        s.clearColorOverrides();
        s.setRadiusOverride(0, 40);
        s.setAllVisible(false);
        s.selectEdge(1);
        s.setHighlight(bits(2), null);

        assertThat(c.x(0)).isEqualTo(0);
        assertThat(c.colorOverride(0)).isEqualTo(0xFFFF00FF);
        assertThat(c.radius(0)).isEqualTo(8);
        assertThat(c.isNodeVisible(0)).isTrue();
        assertThat(c.selectedEdge()).isEqualTo(-1);
        assertThat(c.hasHighlight()).isFalse();
    }

    private static BitSet bits(int... i) {
        BitSet b = new BitSet();
        for (int k : i) b.set(k);
        return b;
    }
}
