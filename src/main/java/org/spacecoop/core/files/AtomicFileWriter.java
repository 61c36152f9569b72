package org.spacecoop.core.files;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file next to the target, is flushed
 * to disk, then moved over the target (atomically where the file system allows). When writing fails or is
 * cancelled, the temporary file is removed and the previous file stays as it was.
 */
public final class AtomicFileWriter {

    /** Writes the content to a stream; may throw to abort (the stream is closed by the caller). */
    @FunctionalInterface
    public interface StreamBody {
        void write(OutputStream out) throws Exception;
    }

    /** Writes text; may throw to abort. */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer out) throws Exception;
    }

    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> PRIVATE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");
    /** Our temp files: a dot, the target's name, the random number {@link Files#createTempFile} adds, ".tmp". */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.-?\\d+\\.tmp");
    /** A temp file of ours older than this was left by a writer that was killed: no export runs that long unwritten. */
    static final Duration STALE = Duration.ofMinutes(10);

    private AtomicFileWriter() {
    }

    /** Writes UTF-8 text through a buffered writer. */
    public static void writeText(Path target, TextBody body) throws IOException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.write(w);
            w.flush();
        });
    }

    /** Writes UTF-8 text to a new file readable by its owner only (an existing file keeps its permissions). */
    public static void writePrivateText(Path target, TextBody body) throws IOException {
        write(target, PRIVATE_PERMISSIONS, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.write(w);
            w.flush();
        });
    }

    /**
     * Writes the target. Throws {@link FileWriteException} with a user-facing message when the place cannot be
     * written; {@link CancellationException} and interruption pass through after cleaning up.
     */
    public static void write(Path target, StreamBody body) throws IOException {
        write(target, DEFAULT_PERMISSIONS, body);
    }

    private static void write(Path target, Set<PosixFilePermission> newFilePermissions, StreamBody body) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        checkPlace(file);
        Path parent = file.getParent();
        removeStaleTempFiles(parent);
        Path temp;
        try {
            temp = Files.createTempFile(parent, "." + file.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw translate(file, e);
        }
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                body.write(new NonClosingStream(out));
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp, newFilePermissions);
            move(temp, file);
            done = true;
        } catch (CancellationException | InterruptedIOException | ClosedByInterruptException e) {
            throw e;
        } catch (FileWriteException e) {
            throw e;
        } catch (IOException e) {
            throw translate(file, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new FileWriteException(file, "Could not write " + file + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more we can do; the temp name starts with a dot so it stays out of the way
                }
            }
        }
    }

    /**
     * Removes temp files of our naming older than {@link #STALE} from the folder: a process killed while writing
     * (kill -9, power loss) cannot clean up after itself. Best effort; other files are never touched.
     */
    static void removeStaleTempFiles(Path folder) {
        Instant cutoff = Instant.now().minus(STALE);
        try (var files = Files.newDirectoryStream(folder, p -> TEMP_NAME.matcher(p.getFileName().toString()).matches())) {
            for (Path p : files) {
                try {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // someone else's file, or gone already
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable folder: checkPlace or the write itself will say so
        }
    }

    /** Checks the things we can check before writing, so the user gets a precise message. */
    static void checkPlace(Path file) throws FileWriteException {
        Path parent = file.getParent();
        if (parent == null) throw new FileWriteException(file, "Cannot write " + file + ": it is not a file path");
        if (Files.isDirectory(file)) {
            throw new FileWriteException(file, "Cannot write " + file + ": a folder of that name is in the way");
        }
        if (!Files.exists(parent)) {
            throw new FileWriteException(file, "Cannot write " + file + ": the folder " + parent + " does not exist");
        }
        if (!Files.isDirectory(parent)) {
            throw new FileWriteException(file, "Cannot write " + file + ": " + parent + " is a file, not a folder");
        }
        if (!Files.isWritable(parent)) {
            throw new FileWriteException(file, "Cannot write " + file + ": no permission to write in the folder " + parent);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new FileWriteException(file, "Cannot write " + file + ": the existing file is read-only");
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temp files are created private (rw-------); give the result the old file's permissions or the new file's. */
    private static void keepPermissions(Path file, Path temp, Set<PosixFilePermission> newFilePermissions) {
        try {
            Set<PosixFilePermission> perms = Files.exists(file) ? Files.getPosixFilePermissions(file) : newFilePermissions;
            Files.setPosixFilePermissions(temp, perms);
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the default is fine
        }
    }

    static FileWriteException translate(Path file, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // an encoder (ImageIO: "I/O error writing PNG file!") hides the reason in its cause
        StringBuilder chain = new StringBuilder(detail);
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) if (t.getMessage() != null) chain.append(' ').append(t.getMessage());
        String lower = chain.toString().toLowerCase(Locale.ROOT);
        String why;
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            why = "the disk is full";
        } else if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("access is denied")) {
            why = "permission denied";
        } else if (lower.contains("read-only file system")) {
            why = "the file system is read-only";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        } else {
            why = detail;
        }
        return new FileWriteException(file, "Cannot write " + file + ": " + why, e);
    }

    /** Keeps the body from closing the channel before it is forced to disk. */
    private static final class NonClosingStream extends FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
