package org.spacecoop.core.edit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;

/**
 * The crash journal of a document: every step applied, undone or redone is appended as one JSON line and forced
 * to disk before the edit call returns, so a killed process loses no acknowledged edit. A save deletes it; the
 * first edit after that starts a new one. The first line names the dataset file and the SHA-256 of the bytes the
 * edits apply to:
 * <pre>
 * {"journal":1,"file":"/data/space-cooperation.json","sha256":"…"}
 * {"op":"apply","name":"add relation esa → member-of → ilrs","edit":{"edit":"add-relation","index":395,"relation":{…}}}
 * {"op":"undo","name":"add relation esa → member-of → ilrs"}
 * </pre>
 * A journal that cannot be written (disk full) does not stop editing: {@link #problem} says so, for the app to show.
 */
public final class EditJournal implements DocumentListener, Closeable {

    public static final int VERSION = 1;

    private final Path journal;
    private final Path dataset;
    private String baseSha256;
    private FileChannel channel;
    private volatile IOException problem;
    /**
     * Writes and forces the lines in order on a thread of their own, so an edit made on the JavaFX thread does not
     * wait for the disk; {@link #awaitWritten} waits for them, and saving, discarding and closing do too.
     */
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "edit-journal");
                t.setDaemon(true);
                return t;
            });

    {
        writer.allowCoreThreadTimeOut(true); // an idle journal holds no thread
    }

    /** A journal at {@code journal} for edits of {@code dataset} as it holds the bytes of this SHA-256. */
    EditJournal(Path journal, Path dataset, String baseSha256) {
        this.journal = journal;
        this.dataset = dataset;
        this.baseSha256 = baseSha256;
    }

    /** The usual place: {@code NAME.json.journal} beside the dataset file. */
    public static Path beside(Path dataset) {
        return dataset.resolveSibling(dataset.getFileName() + ".journal");
    }

    /**
     * A place in a folder of the app's own (for a dataset in a folder that cannot be written): the file's name and a
     * digest of its full path, so two datasets of the same name do not share a journal.
     */
    public static Path inFolder(Path folder, Path dataset) {
        String full = dataset.toAbsolutePath().normalize().toString();
        String digest = DatasetFile.sha256(full.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        return folder.resolve(dataset.getFileName() + "-" + digest + ".journal");
    }

    public Path path() {
        return journal;
    }

    /** The last failure to write the journal, or null: edits since then exist only in memory. */
    public IOException problem() {
        awaitWritten();
        return problem;
    }

    /** Waits until every line handed over so far is written and forced to disk (or has failed: {@link #problem}). */
    public void awaitWritten() {
        onWriter(() -> { });
    }

    private void onWriter(IoAction action) {
        try {
            writer.submit(() -> {
                action.run();
                return null;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) problem = io;
            else throw new IllegalStateException(e.getCause());
        }
    }

    private void onWriterOrThrow(IoAction action) throws IOException {
        IOException[] failed = {null};
        onWriter(() -> {
            try {
                action.run();
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            problem = failed[0];
            throw failed[0];
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    @Override
    public void changed(DocumentChange change) {
        JsonObject line = new JsonObject();
        line.addProperty("op", switch (change.kind()) {
            case APPLIED -> "apply";
            case UNDONE -> "undo";
            case REDONE -> "redo";
        });
        line.addProperty("name", change.step().name());
        if (change.kind() == DocumentChange.Kind.APPLIED) line.add("edit", EditCodec.encode(change.step().edit()));
        writer.execute(() -> append(line));
    }

    /** Continues a journal found on opening, after its edits were replayed. */
    void continueExisting() {
        onWriter(() -> channel = FileChannel.open(journal, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    private void append(JsonObject line) {
        try {
            if (channel == null) start();
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) channel.write(bytes);
            channel.force(false);
            problem = null;
        } catch (IOException e) {
            problem = e;
        }
    }

    private void start() throws IOException {
        Files.createDirectories(journal.toAbsolutePath().getParent());
        channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        JsonObject head = new JsonObject();
        head.addProperty("journal", VERSION);
        head.addProperty("file", dataset.toAbsolutePath().normalize().toString());
        head.addProperty("sha256", baseSha256);
        ByteBuffer bytes = ByteBuffer.wrap((head + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) channel.write(bytes);
    }

    /** After a save: the journal is deleted; the next edit starts a new one for the file's new bytes. */
    void saved(String newSha256) throws IOException {
        onWriterOrThrow(() -> {
            closeChannel();
            Files.deleteIfExists(journal);
            baseSha256 = newSha256;
            problem = null;
        });
    }

    /** Deletes the journal (the user discarded the unsaved edits, or chose not to restore them). */
    void discard() throws IOException {
        onWriterOrThrow(() -> {
            closeChannel();
            Files.deleteIfExists(journal);
        });
    }

    @Override
    public void close() throws IOException {
        onWriterOrThrow(this::closeChannel);
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
