package org.spacecoop.core.graph;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@link ArrayGraph}'s vertex, edge and incidence sets: an unmodifiable set over {@code items[order[from, to)]}
 * (or {@code items[from, to)} when {@code order} is null); membership through the position table.
 */
final class Slice<T> extends AbstractSet<T> {
    private final Object[] items;
    private final int[] order;
    private final int from, to;
    private final PositionTable positions;

    Slice(Object[] items, int[] order, int from, int to, PositionTable positions) {
        this.items = items;
        this.order = order;
        this.from = from;
        this.to = to;
        this.positions = positions;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean contains(Object o) {
        if (o == null) return false;
        int i = positions.find(o, items);
        if (i < 0) return false;
        if (order == null) return i >= from && i < to;
        for (int k = from; k < to; k++) if (order[k] == i) return true;
        return false;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            int k = from;

            @Override
            public boolean hasNext() {
                return k < to;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (k >= to) throw new NoSuchElementException();
                int i = order == null ? k : order[k];
                k++;
                return (T) items[i];
            }
        };
    }
}
