package org.spacecoop.core.render;

import java.util.Random;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/** Small scenes for tests. */
final class Scenes {

    private Scenes() {
    }

    /** n nodes on a grid with the given spacing, edges i→i+1. */
    static RenderScene chain(int n, double spacing) {
        RenderSceneBuilder b = RenderScene.builder(n, Math.max(0, n - 1));
        int side = (int) Math.ceil(Math.sqrt(n));
        for (int i = 0; i < n; i++) {
            b.node(i, "n" + i, "Node " + i, EntityKind.Family.values()[i % 6], i % 7, 8);
            b.position(i, (i % side) * spacing, (i / side) * spacing);
        }
        for (int e = 0; e < n - 1; e++) b.edge(e, "e" + e, e, e + 1, RelationType.Family.values()[e % 8], Status.ACTIVE);
        return b.build();
    }

    /** A random scene in a square of the given side, with m random edges. */
    static RenderScene random(int n, int m, double side, long seed) {
        Random r = new Random(seed);
        RenderSceneBuilder b = RenderScene.builder(n, m);
        for (int i = 0; i < n; i++) {
            b.node(i, "n" + i, "Entity " + i, EntityKind.Family.values()[r.nextInt(7)], r.nextInt(20), 4 + r.nextInt(6));
            b.position(i, r.nextDouble() * side, r.nextDouble() * side);
        }
        Status[] st = Status.values();
        for (int e = 0; e < m; e++) {
            b.edge(e, "e" + e, r.nextInt(n), r.nextInt(n), RelationType.Family.values()[r.nextInt(8)], st[r.nextInt(st.length)]);
        }
        return b.build();
    }
}
