package org.spacecoop.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one read, up to {@link #CAP}; past the cap, reading stops. Thread-safe: the parser and
 * the relation checker ({@link RelationPipeline}) report into the same list.
 */
final class Problems {

    static final int CAP = 200;

    /** Thrown when the cap is reached, to stop reading; carries no stack trace. */
    static final class CapReached extends RuntimeException {
        CapReached() {
            super("too many problems", null, false, false);
        }
    }

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Adds a problem at a packed position (see {@link Places}); 0 means no place. */
    void add(long pos, String path, String message) {
        add(new Problem(file, Places.line(pos), Places.column(pos), path, message));
    }

    synchronized void add(Problem p) {
        list.add(p);
        if (list.size() >= CAP) throw new CapReached();
    }

    synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems ordered by place; a note is appended when the cap cut the list short. */
    synchronized List<Problem> sorted(boolean capped) {
        List<Problem> out = new ArrayList<>(list);
        out.sort(Problem.BY_PLACE);
        if (capped) out.add(new Problem(file, 0, 0, "", "too many problems: stopped after the first " + CAP));
        return out;
    }
}
