package org.spacecoop.core.layout;

/**
 * A copy of the node positions at one moment, indexed like the {@link LayoutGraph}'s nodes.
 * The arrays belong to the receiver: nothing else writes them.
 */
public record Positions(double[] x, double[] y) {

    public Positions {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
    }

    public int size() {
        return x.length;
    }
}
