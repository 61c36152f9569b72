package org.spacecoop.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.spacecoop.core.io.SourceResolver;

/**
 * The one way a {@link DatasetDocument} changes: every edit is checked with the loader's rules, applied as one
 * named step, and can be undone and redone without limit. Listeners (views, the crash journal) are told of every
 * change after it is made. Not thread-safe: use it from one thread (the UI's).
 */
public final class EditStack {

    private final DatasetDocument doc;
    private final Planner planner;
    private final List<Step> done = new ArrayList<>();
    private final List<Step> undone = new ArrayList<>();
    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();
    /** The step on top when the document was last saved (null: none, the file as opened). */
    private Step savedTop;

    /** {@code documents} finds the text of a source document an edit names (the dataset's sources/ folder). */
    public EditStack(DatasetDocument doc, SourceResolver documents) {
        this.doc = doc;
        this.planner = new Planner(doc, documents);
    }

    public DatasetDocument document() {
        return doc;
    }

    /**
     * Checks and applies an edit as one step and returns it; an edit that changes nothing returns an empty step and
     * is not recorded. Applying drops the steps that could have been redone.
     *
     * @throws EditRejected with the loader's reasons; the document is unchanged
     */
    public Step apply(Edit edit) throws EditRejected {
        Step step = planner.plan(edit);
        if (step.isEmpty()) return step;
        run(step.ops());
        done.add(step);
        undone.clear();
        tell(new DocumentChange(step, DocumentChange.Kind.APPLIED, step.ops()));
        return step;
    }

    /** Takes back the last step and returns it. */
    public Step undo() {
        if (done.isEmpty()) throw new IllegalStateException("nothing to undo");
        Step step = done.remove(done.size() - 1);
        List<Op> inverse = step.inverse();
        run(inverse);
        undone.add(step);
        tell(new DocumentChange(step, DocumentChange.Kind.UNDONE, inverse));
        return step;
    }

    /** Applies the last step undone again and returns it. */
    public Step redo() {
        if (undone.isEmpty()) throw new IllegalStateException("nothing to redo");
        Step step = undone.remove(undone.size() - 1);
        run(step.ops());
        done.add(step);
        tell(new DocumentChange(step, DocumentChange.Kind.REDONE, step.ops()));
        return step;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The name of the step {@link #undo} takes back ("add relation esa → member-of → ilrs"). */
    public Optional<String> undoName() {
        return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1).name());
    }

    public Optional<String> redoName() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(undone.get(undone.size() - 1).name());
    }

    /** The steps that can be undone, oldest first. */
    public List<Step> history() {
        return List.copyOf(done);
    }

    /** True when the document differs from the file as last saved (or opened). */
    public boolean isModified() {
        return (done.isEmpty() ? null : done.get(done.size() - 1)) != savedTop;
    }

    /** Records that the document as it stands is what the file holds. */
    public void markSaved() {
        savedTop = done.isEmpty() ? null : done.get(done.size() - 1);
    }

    public void addListener(DocumentListener l) {
        listeners.add(l);
    }

    public void removeListener(DocumentListener l) {
        listeners.remove(l);
    }

    private void run(List<Op> ops) {
        for (Op op : ops) op.applyTo(doc);
    }

    private void tell(DocumentChange change) {
        for (DocumentListener l : listeners) l.changed(change);
    }
}
