package org.spacecoop.core.render;

import java.util.Arrays;
import java.util.Objects;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/** Builds a scene; arrays not set get defaults (positions 0, radius 8, family OTHER, empty labels, priority 0). */
public final class RenderSceneBuilder {
    final int nodeCount;
    final int edgeCount;
    double[] x;
    double[] y;
    final float[] radius;
    final EntityKind.Family[] nodeFamily;
    final String[] label;
    final String[] nodeId;
    final int[] priority;
    final int[] from;
    final int[] to;
    final RelationType.Family[] edgeFamily;
    final Status[] status;
    final String[] edgeId;
    boolean directed = true;

    RenderSceneBuilder(int nodeCount, int edgeCount) {
        this.nodeCount = nodeCount;
        this.edgeCount = edgeCount;
        x = new double[nodeCount];
        y = new double[nodeCount];
        radius = new float[nodeCount];
        Arrays.fill(radius, 8f);
        nodeFamily = new EntityKind.Family[nodeCount];
        Arrays.fill(nodeFamily, EntityKind.Family.OTHER);
        label = new String[nodeCount];
        Arrays.fill(label, "");
        nodeId = new String[nodeCount];
        priority = new int[nodeCount];
        from = new int[edgeCount];
        to = new int[edgeCount];
        edgeFamily = new RelationType.Family[edgeCount];
        Arrays.fill(edgeFamily, RelationType.Family.OTHER);
        status = new Status[edgeCount];
        Arrays.fill(status, Status.ACTIVE);
        edgeId = new String[edgeCount];
    }

    public RenderSceneBuilder node(int i, String id, String labelText, EntityKind.Family family, int prio, double r) {
        nodeId[i] = id;
        label[i] = labelText == null ? "" : labelText;
        nodeFamily[i] = Objects.requireNonNull(family);
        priority[i] = prio;
        radius[i] = (float) r;
        return this;
    }

    public RenderSceneBuilder position(int i, double px, double py) {
        x[i] = px;
        y[i] = py;
        return this;
    }

    public RenderSceneBuilder positions(double[] xs, double[] ys) {
        x = xs;
        y = ys;
        return this;
    }

    public RenderSceneBuilder edge(int e, String id, int fromNode, int toNode, RelationType.Family family, Status st) {
        if (fromNode < 0 || fromNode >= nodeCount || toNode < 0 || toNode >= nodeCount)
            throw new IllegalArgumentException("edge " + e + " joins a node out of range");
        edgeId[e] = id;
        from[e] = fromNode;
        to[e] = toNode;
        edgeFamily[e] = Objects.requireNonNull(family);
        status[e] = Objects.requireNonNull(st);
        return this;
    }

    /** Whether edges have a direction (arrowheads); default true. */
    public RenderSceneBuilder directed(boolean d) {
        directed = d;
        return this;
    }

    public RenderScene build() {
        if (x.length < nodeCount || y.length < nodeCount) throw new IllegalArgumentException("positions too short");
        for (int i = 0; i < nodeCount; i++) if (nodeId[i] == null) nodeId[i] = "n" + i;
        for (int e = 0; e < edgeCount; e++) if (edgeId[e] == null) edgeId[e] = "e" + e;
        return RenderScene.of(this);
    }
}
