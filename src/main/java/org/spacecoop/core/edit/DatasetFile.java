package org.spacecoop.core.edit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

import org.spacecoop.core.files.AtomicFileWriter;
import org.spacecoop.core.io.DatasetException;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.DatasetWriter;
import org.spacecoop.core.files.FileWriteException;
import org.spacecoop.core.model.Dataset;

/**
 * A dataset file open for editing: what it held when opened (or last saved), so that a change made on disk by
 * someone else is noticed before a save overwrites it, and the save itself. A save writes the canonical layout
 * ({@link DatasetWriter}) atomically (a temporary file in the same folder, forced to disk, then moved over the
 * file) and first keeps the previous version as {@code NAME.json.bak}; when anything fails, the file is as it was.
 */
public final class DatasetFile {

    /** The file on disk compared with what it held when opened or last saved. */
    public enum DiskState { UNCHANGED, CHANGED, MISSING }

    private final Path path;
    private final Dataset opened;
    private final boolean canonical;
    private String sha256;
    private long size;
    private FileTime modified;

    private DatasetFile(Path path, Dataset opened, byte[] bytes, boolean canonical) throws IOException {
        this.path = path;
        this.opened = opened;
        this.canonical = canonical;
        remember(bytes);
    }

    /** Loads a dataset file (its sources from the sources/ folder beside it) and remembers what it holds. */
    public static DatasetFile open(Path path) throws DatasetException, IOException {
        Path p = path.toAbsolutePath().normalize();
        Dataset d = DatasetReader.load(p);
        byte[] bytes = Files.readAllBytes(p);
        return new DatasetFile(p, d, bytes, Arrays.equals(DatasetWriter.toBytes(d), bytes));
    }

    public Path path() {
        return path;
    }

    /** The dataset as loaded. */
    public Dataset dataset() {
        return opened;
    }

    /**
     * Whether the file was in the canonical layout when opened. When not, the first save rewrites every line in
     * it (once), and the app says so before saving.
     */
    public boolean wasCanonical() {
        return canonical;
    }

    /** The SHA-256 of the bytes the file held when opened or last saved, in hex. */
    public String sha256() {
        return sha256;
    }

    /** The previous version a save keeps: {@code NAME.json.bak} beside the file. */
    public Path backup() {
        return path.resolveSibling(path.getFileName() + ".bak");
    }

    /** Whether someone else changed (or removed) the file since it was opened or last saved. */
    public DiskState diskState() throws IOException {
        if (!Files.exists(path)) return DiskState.MISSING;
        try {
            if (Files.size(path) == size && Files.getLastModifiedTime(path).equals(modified)) return DiskState.UNCHANGED;
            return sha256(Files.readAllBytes(path)).equals(sha256) ? DiskState.UNCHANGED : DiskState.CHANGED;
        } catch (NoSuchFileException e) {
            return DiskState.MISSING;
        }
    }

    /**
     * Saves the dataset over the file, keeping the previous version as {@code NAME.json.bak}.
     *
     * @throws ChangedOnDiskException when someone else changed or removed the file since it was opened or last saved
     *                                (nothing is written; {@link #overwrite} saves anyway)
     * @throws FileWriteException     when the file cannot be written (read-only, disk full): the file is as it was
     */
    public void save(Dataset d) throws IOException {
        DiskState state = diskState();
        if (state != DiskState.UNCHANGED) throw new ChangedOnDiskException(path, state);
        overwrite(d);
    }

    /** Saves the dataset over the file whatever happened to it on disk (the user said so). */
    public void overwrite(Dataset d) throws IOException {
        write(path, DatasetWriter.toBytes(d), UnaryOperator.identity());
    }

    /** Saves to another file (keeping a .bak of what it held, if anything) and returns it, open. */
    public DatasetFile saveAs(Dataset d, Path target) throws IOException {
        Path p = target.toAbsolutePath().normalize();
        byte[] bytes = DatasetWriter.toBytes(d);
        writeAndBackUp(p, bytes, UnaryOperator.identity());
        return new DatasetFile(p, d, bytes, true);
    }

    /** Writes through {@code streams} (tests put a failing stream in): the seam where a failure is injected. */
    void write(Path target, byte[] bytes, UnaryOperator<OutputStream> streams) throws IOException {
        writeAndBackUp(target, bytes, streams);
        remember(bytes);
    }

    private static void writeAndBackUp(Path target, byte[] bytes, UnaryOperator<OutputStream> streams) throws IOException {
        if (Files.exists(target)) {
            byte[] previous = Files.readAllBytes(target);
            if (Arrays.equals(previous, bytes)) return; // nothing to save: the file and its .bak stay as they are
            AtomicFileWriter.write(target.resolveSibling(target.getFileName() + ".bak"), out -> out.write(previous));
        }
        AtomicFileWriter.write(target, out -> {
            OutputStream s = streams.apply(out);
            s.write(bytes);
            s.flush();
        });
    }

    private void remember(byte[] bytes) throws IOException {
        sha256 = sha256(bytes);
        size = Files.size(path);
        modified = Files.getLastModifiedTime(path);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
