package org.spacecoop.ui.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.spacecoop.core.edit.DocumentChange;
import org.spacecoop.core.edit.Edit;
import org.spacecoop.core.edit.EditJournal;
import org.spacecoop.core.edit.EditRejected;
import org.spacecoop.core.edit.EditSession;
import org.spacecoop.core.edit.JournalContents;
import org.spacecoop.core.edit.Step;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.BackgroundTask;
import org.spacecoop.ui.task.Cancellable;

/**
 * The dataset file open for editing, as the window sees it: every edit goes through the {@link EditSession}'s stack,
 * and after each the explorer shows the edited graph at once ({@link ExplorerViewModel#revise}: nodes stay where
 * they are). Opening, saving and closing read and write files in the background; while a save runs, editing waits.
 * A graph loaded some other way (a GraphML file) ends the session: there is nothing to edit then.
 */
public final class EditingViewModel {

    private final ExplorerViewModel explorer;
    private EditSession.JournalPlace journalPlace = EditJournal::beside;
    private EditSession session;
    private volatile Opened pending;
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", false);
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified", false);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", null);
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", null);
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", null);
    private final ReadOnlyObjectWrapper<JournalContents> recovery = new ReadOnlyObjectWrapper<>(this, "recovery");
    private boolean saving;

    private record Opened(EditSession session, CooperationGraph graph) {
    }

    public EditingViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.graphProperty().addListener((o, a, g) -> graphShown(g));
    }

    /** Where journals go (the app puts them in its settings folder); by default beside the dataset file. */
    public void setJournalPlace(EditSession.JournalPlace place) {
        journalPlace = place;
    }

    /** Opens a dataset file for editing in the background; the graph on screen stays if it cannot be read. */
    public Cancellable open(Path file) {
        return explorer.load(file.getFileName().toString(), p -> {
            EditSession s = EditSession.open(file, journalPlace);
            CooperationGraph g = CooperationGraph.of(s.file().dataset());
            pending = new Opened(s, g);
            return g;
        });
    }

    private void graphShown(CooperationGraph g) {
        if (explorer.isRevising()) return;
        Opened p = pending;
        pending = null;
        EditSession previous = session;
        session = p != null && p.graph() == g ? p.session() : null;
        if (previous != null && previous != session) closeInBackground(previous, false);
        if (session != null) {
            session.stack().addListener(this::changed);
            recovery.set(session.recovery().orElse(null));
        } else {
            recovery.set(null);
        }
        refresh();
    }

    /**
     * Applies an edit and shows the result.
     *
     * @throws EditRejected with the reasons, per field; nothing changed
     */
    public Step apply(Edit edit) throws EditRejected {
        return requireSession().stack().apply(edit);
    }

    public void undo() {
        if (canEdit() && session.stack().canUndo()) session.stack().undo();
    }

    public void redo() {
        if (canEdit() && session.stack().canRedo()) session.stack().redo();
    }

    private void changed(DocumentChange change) {
        explorer.revise(CooperationGraph.of(session.document().snapshot()));
        explorer.setMessage(switch (change.kind()) {
            case APPLIED -> "Done: " + change.step().name();
            case UNDONE -> "Undone: " + change.step().name();
            case REDONE -> "Redone: " + change.step().name();
        });
        refresh();
    }

    /** The session's journal of a previous session that did not save, until restored or discarded. */
    public ReadOnlyObjectProperty<JournalContents> recoveryProperty() {
        return recovery.getReadOnlyProperty();
    }

    /** Replays the unsaved edits of the journal; returns what could be restored. */
    public EditSession.Restored restore() throws IOException {
        EditSession.Restored r = requireSession().restore();
        recovery.set(null);
        refresh();
        return r;
    }

    /** Drops the journal offered (in the background). */
    public void discardRecovery() {
        EditSession s = requireSession();
        recovery.set(null);
        explorer.work().run(BackgroundTask.of("Discarding the journal", p -> {
            s.discardRecovery();
            return s;
        }));
    }

    /** How a save ends: saved, or why not (a {@code ChangedOnDiskException} asks before overwriting). */
    public interface SaveOutcome {
        void saved();

        void failed(Throwable why);
    }

    /** Saves over the file; refuses (through {@code outcome}) when someone changed it on disk since. */
    public void save(SaveOutcome outcome) {
        write("Saving", s -> s.save(), outcome);
    }

    /** Saves over the file even though it changed on disk. */
    public void saveOverwriting(SaveOutcome outcome) {
        write("Saving", EditSession::saveOverwriting, outcome);
    }

    /** Saves to another file, which is edited from then on. */
    public void saveAs(Path target, SaveOutcome outcome) {
        write("Saving as " + target.getFileName(), s -> s.saveAs(target), outcome);
    }

    private interface SessionWrite {
        void write(EditSession s) throws IOException;
    }

    private void write(String what, SessionWrite action, SaveOutcome outcome) {
        EditSession s = requireSession();
        saving = true;
        refresh();
        // the document does not change meanwhile: editing waits for the save (canEdit)
        explorer.work().run(BackgroundTask.of(what, p -> {
            action.write(s);
            return s.file().path();
        }).onSuccess(path -> {
            explorer.setMessage("Saved " + path.getFileName());
            outcome.saved();
        }).onFailure(outcome::failed).onFinished(() -> {
            saving = false;
            refresh();
        }));
    }

    /** Ends the session (in the background), dropping the journal when {@code discard}, then runs {@code then}. */
    public void close(boolean discard, Runnable then) {
        EditSession s = session;
        if (s == null) {
            then.run();
            return;
        }
        explorer.work().run(BackgroundTask.of("Closing " + s.file().path().getFileName(), p -> {
            s.close(discard);
            return s;
        }).onFinished(then));
    }

    private void closeInBackground(EditSession s, boolean discard) {
        explorer.work().run(BackgroundTask.of("Closing", p -> {
            s.close(discard);
            return s;
        }));
    }

    private EditSession requireSession() {
        if (session == null) throw new IllegalStateException("no dataset file is open for editing");
        return session;
    }

    /** The session, when a dataset file is open for editing. */
    public Optional<EditSession> session() {
        return Optional.ofNullable(session);
    }

    /** True when a dataset file is open and no save is running. */
    public boolean canEdit() {
        return session != null && !saving;
    }

    private void refresh() {
        editable.set(canEdit());
        modified.set(session != null && session.stack().isModified());
        fileName.set(session == null ? null : session.file().path().getFileName().toString());
        undoName.set(session == null ? null : session.stack().undoName().orElse(null));
        redoName.set(session == null ? null : session.stack().redoName().orElse(null));
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** True while there are unsaved edits. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** The name of the file open for editing, null when none. */
    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** The name of the step Undo takes back, null when none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
