package org.spacecoop.core.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One section of a document (sources, entities or relations): the records in file order with an index by id.
 * Only {@link Op}s change it, so every change has its inverse.
 */
final class Table<T> {

    private final ArrayList<T> rows;
    private final Map<String, T> byId;
    private final Function<T, String> idOf;

    Table(List<T> records, Function<T, String> idOf) {
        this.rows = new ArrayList<>(records);
        this.idOf = idOf;
        this.byId = new HashMap<>(Math.max(16, records.size() * 4 / 3 + 1));
        for (T r : records) byId.put(idOf.apply(r), r);
    }

    List<T> view() {
        return Collections.unmodifiableList(rows);
    }

    List<T> copy() {
        return List.copyOf(rows);
    }

    T get(String id) {
        return byId.get(id);
    }

    Set<String> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    int size() {
        return rows.size();
    }

    T at(int index) {
        return rows.get(index);
    }

    /** The position of the record with this id, -1 when there is none (a scan: positions shift with every insert). */
    int indexOf(String id) {
        if (!byId.containsKey(id)) return -1;
        for (int i = 0; i < rows.size(); i++) if (idOf.apply(rows.get(i)).equals(id)) return i;
        return -1;
    }

    String id(T record) {
        return idOf.apply(record);
    }

    void insert(int index, T record) {
        rows.add(index, record);
        byId.put(idOf.apply(record), record);
    }

    void remove(int index, T expected) {
        T removed = rows.remove(index);
        check(removed, expected);
        byId.remove(idOf.apply(removed));
    }

    void replace(int index, T before, T after) {
        T old = rows.set(index, after);
        check(old, before);
        byId.remove(idOf.apply(old));
        byId.put(idOf.apply(after), after);
    }

    /** Removes the records at these ascending positions, in one pass. */
    void removeAll(int[] positions, List<T> expected) {
        ArrayList<T> kept = new ArrayList<>(rows.size() - positions.length);
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (next < positions.length && positions[next] == i) {
                T removed = rows.get(i);
                check(removed, expected.get(next++));
                byId.remove(idOf.apply(removed));
            } else {
                kept.add(rows.get(i));
            }
        }
        rows.clear();
        rows.addAll(kept);
    }

    /** Inserts records so that they end up at these ascending positions, in one pass. */
    void insertAll(int[] positions, List<T> records) {
        ArrayList<T> merged = new ArrayList<>(rows.size() + positions.length);
        int next = 0, old = 0;
        for (int i = 0; i < rows.size() + positions.length; i++) {
            if (next < positions.length && positions[next] == i) {
                T r = records.get(next++);
                merged.add(r);
                byId.put(idOf.apply(r), r);
            } else {
                merged.add(rows.get(old++));
            }
        }
        rows.clear();
        rows.addAll(merged);
    }

    private void check(T actual, T expected) {
        if (actual != expected) {
            throw new IllegalStateException("the document is not in the state this change was made for: found "
                    + idOf.apply(actual) + " where " + idOf.apply(expected) + " was");
        }
    }
}
