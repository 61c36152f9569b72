package org.spacecoop.core.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * One undoable step: the edit as applied (positions resolved, records as checked), its name for menus
 * ("add relation esa → member-of → ilrs") and the changes that make it.
 */
public final class Step {

    private final String name;
    private final Edit edit;
    private final List<Op> ops;

    Step(String name, Edit edit, List<Op> ops) {
        this.name = name;
        this.edit = edit;
        this.ops = List.copyOf(ops);
    }

    /** What the step did, for "Undo: …" and "Redo: …". */
    public String name() {
        return name;
    }

    /** The edit as applied: positions resolved and records normalised, so applying it again repeats the step. */
    public Edit edit() {
        return edit;
    }

    /** True when the edit changed nothing (then nothing is recorded). */
    public boolean isEmpty() {
        return ops.isEmpty();
    }

    List<Op> ops() {
        return ops;
    }

    /** The changes that undo this step, in the order to apply them. */
    List<Op> inverse() {
        List<Op> out = new ArrayList<>(ops.size());
        for (int i = ops.size() - 1; i >= 0; i--) out.add(ops.get(i).inverse());
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
