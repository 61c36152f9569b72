package org.spacecoop.core.edit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.spacecoop.core.io.DatasetException;
import org.spacecoop.core.io.RecordChecks;

/**
 * A dataset file open for editing, with everything that keeps edits safe: the {@link EditStack} every edit goes
 * through, the {@link DatasetFile} it saves to (atomic, with a .bak, refusing to overwrite a file changed on disk
 * unless told), and the {@link EditJournal} that lets a crashed session's edits be restored.
 * <p>
 * On opening, a journal left by a session that did not save is offered through {@link #recovery()}: restore it
 * ({@link #restore}, replaying its edits through the stack) or discard it ({@link #discardRecovery}). Until then
 * the journal is left alone and new edits are not journaled.
 */
public final class EditSession implements Closeable {

    /** Where the journal of a dataset file lives ({@link EditJournal#beside} or {@link EditJournal#inFolder}). */
    @FunctionalInterface
    public interface JournalPlace extends UnaryOperator<Path> {

        /**
         * Beside the dataset file when its folder can be written, else in {@code appFolder} (the app's own
         * settings folder), so a dataset in a read-only place is journaled too.
         */
        static JournalPlace besideOr(Path appFolder) {
            return dataset -> Files.isWritable(dataset.toAbsolutePath().getParent())
                    ? EditJournal.beside(dataset) : EditJournal.inFolder(appFolder, dataset);
        }
    }

    /** The outcome of a restore: the names of the edits restored, and why the rest could not be, if any. */
    public record Restored(List<String> edits, String stoppedBecause) {
    }

    private final JournalPlace journalPlace;
    private DatasetFile file;
    private final DatasetDocument document;
    private final EditStack stack;
    private EditJournal journal;
    private JournalContents recovery;

    private EditSession(DatasetFile file, JournalPlace journalPlace) throws IOException {
        this.file = file;
        this.journalPlace = journalPlace;
        this.document = new DatasetDocument(file.dataset());
        this.stack = new EditStack(document, RecordChecks.documentsBeside(file.path()));
        Path journalPath = journalPlace.apply(file.path());
        this.recovery = readJournal(journalPath);
        this.journal = new EditJournal(journalPath, file.path(), file.sha256());
        if (recovery == null) stack.addListener(journal);
    }

    /** The journal's contents; a file that is not a journal of ours is set aside (renamed), not lost, nor in the way. */
    private static JournalContents readJournal(Path journal) {
        try {
            return JournalContents.read(journal).orElse(null);
        } catch (IOException e) {
            try {
                Files.move(journal, journal.resolveSibling(journal.getFileName() + ".unreadable"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // the first edit then starts the journal over it
            }
            return null;
        }
    }

    /** Opens a dataset file; its journal (if a session that did not save left one) is offered by {@link #recovery}. */
    public static EditSession open(Path dataset, JournalPlace journalPlace) throws DatasetException, IOException {
        return new EditSession(DatasetFile.open(dataset), journalPlace);
    }

    public DatasetDocument document() {
        return document;
    }

    public EditStack stack() {
        return stack;
    }

    public DatasetFile file() {
        return file;
    }

    public Path journalPath() {
        return journal.path();
    }

    /** Waits until the journal holds every edit made so far (it is written on a thread of its own). */
    public void awaitJournal() {
        journal.awaitWritten();
    }

    /** The last failure to write the journal, or null. */
    public IOException journalProblem() {
        return journal.problem();
    }

    /**
     * Unsaved edits a previous session left in the journal, to offer to restore ({@link JournalContents#unsavedEdits}
     * lists them; {@link #journalMatchesFile} says whether the file is still the one they were made on).
     */
    public Optional<JournalContents> recovery() {
        return Optional.ofNullable(recovery);
    }

    /** Whether the journal offered was written against the bytes the file holds now. */
    public boolean journalMatchesFile() {
        return recovery != null && recovery.sha256().equals(file.sha256());
    }

    /**
     * Replays the journal's edits through the stack (checked like any edit), so they can be undone one by one, and
     * keeps journaling after them. Stops at the first edit that no longer applies (the file changed since, say).
     */
    public Restored restore() throws IOException {
        if (recovery == null) throw new IllegalStateException("no journal to restore");
        String stopped = null;
        for (JournalContents.Entry e : recovery.entries()) {
            try {
                switch (e.op()) {
                    case "apply" -> stack.apply(e.edit());
                    case "undo" -> stack.undo();
                    case "redo" -> stack.redo();
                    default -> throw new IllegalStateException("unknown journal entry " + e.op());
                }
            } catch (EditRejected | IllegalStateException x) {
                stopped = e.name() + ": " + x.getMessage();
                break;
            }
        }
        List<String> names = new ArrayList<>();
        for (Step s : stack.history()) names.add(s.name());
        // the journal goes on as it is when it replayed whole onto the file it was written for; otherwise it is
        // written afresh with what is now applied (a line cut short by the crash must not be appended to)
        boolean whole = stopped == null && !recovery.cutShort() && journalMatchesFile();
        recovery = null;
        if (whole) {
            journal.continueExisting();
        } else {
            journal.discard(); // what was restored is journaled again from here on, as the file now stands
            journal = new EditJournal(journal.path(), file.path(), file.sha256());
            journalHistory();
        }
        stack.addListener(journal);
        return new Restored(names, stopped);
    }

    /** Writes the steps now applied into a fresh journal, so a second crash loses nothing either. */
    private void journalHistory() {
        for (Step s : stack.history()) journal.changed(new DocumentChange(s, DocumentChange.Kind.APPLIED, s.ops()));
        journal.awaitWritten(); // restored means journaled again, as a crash right after would need
    }

    /** Drops the journal offered on opening; new edits are journaled afresh. */
    public void discardRecovery() throws IOException {
        if (recovery == null) return;
        recovery = null;
        journal.discard();
        stack.addListener(journal);
    }

    /** Whether someone else changed or removed the file since it was opened or last saved. */
    public DatasetFile.DiskState diskState() throws IOException {
        return file.diskState();
    }

    /**
     * Saves the document over its file (see {@link DatasetFile#save}); afterwards the document counts as unmodified
     * and the journal is deleted. On failure nothing changes: the file, the document, the undo history, the journal.
     *
     * @throws ChangedOnDiskException when the file was changed on disk since: ask, then {@link #saveOverwriting}
     */
    public void save() throws IOException {
        file.save(document.snapshot());
        saved();
    }

    /** Saves over the file even though it changed on disk (the user chose to). */
    public void saveOverwriting() throws IOException {
        file.overwrite(document.snapshot());
        saved();
    }

    /** Saves to another file, which the session edits from then on (its journal moves with it). */
    public void saveAs(Path target) throws IOException {
        DatasetFile next = file.saveAs(document.snapshot(), target);
        journal.discard();
        stack.removeListener(journal);
        file = next;
        journal = new EditJournal(journalPlace.apply(next.path()), next.path(), next.sha256());
        stack.addListener(journal);
        stack.markSaved();
    }

    private void saved() throws IOException {
        stack.markSaved();
        journal.saved(file.sha256());
    }

    /**
     * Ends the session. With unsaved edits the journal stays, to be offered next time, unless {@code discard}
     * (the user chose "Discard").
     */
    public void close(boolean discard) throws IOException {
        if (discard || !stack.isModified()) journal.discard();
        else journal.close();
    }

    @Override
    public void close() throws IOException {
        close(false);
    }
}
