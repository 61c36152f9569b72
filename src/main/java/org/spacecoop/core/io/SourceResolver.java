package org.spacecoop.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the text of a source document by its {@code file} name, relative to the sources folder.
 * The reader has already refused names that leave the folder ({@code ../x.txt}, absolute paths).
 */
@FunctionalInterface
public interface SourceResolver {

    /** The document's text, or empty when there is no such file. */
    Optional<String> text(String file) throws IOException;

    /** Files in a folder (the dataset's {@code sources/}) up to the dataset size limit ({@link ImportLimits}). */
    static SourceResolver directory(Path folder) {
        return directory(folder, ImportLimits.datasetBytes());
    }

    /**
     * Files in a folder, the dataset's {@code sources/}. Real paths are compared, so a file, or the folder itself,
     * that is a symbolic link leading out of the dataset's folder (the folder's parent) or out of the sources folder
     * is refused ({@link SourceFileRefused}), as are pipes, devices and files over {@code maxBytes}.
     */
    static SourceResolver directory(Path folder, long maxBytes) {
        return file -> {
            Path root = folder.toAbsolutePath().normalize();
            Path p;
            try {
                p = root.resolve(file).normalize();
            } catch (InvalidPathException e) {
                throw new SourceFileRefused("refused: not a valid file name (" + e.getReason() + ")");
            }
            if (!p.startsWith(root) || !Files.exists(p)) return Optional.empty();
            Path real = p.toRealPath();
            Path datasetFolder = root.getParent() == null ? root : root.getParent();
            if (!real.startsWith(datasetFolder.toRealPath())) {
                throw new SourceFileRefused("refused: it is a symbolic link, or in a linked folder, that leads out of the dataset's folder");
            }
            if (!real.startsWith(root.toRealPath())) {
                throw new SourceFileRefused("refused: it is a symbolic link that leads out of the sources folder");
            }
            String irregular = ImportLimits.notRegular(real);
            if (irregular != null) throw new SourceFileRefused(irregular.startsWith("refused") ? irregular : "refused: it " + irregular);
            long size = Files.size(real);
            if (size > maxBytes) throw new SourceFileRefused(ImportLimits.overLimit("it is", size, maxBytes, null));
            try {
                return Optional.of(decode(Files.readAllBytes(real)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        };
    }

    /** Resources on the classpath under a prefix such as {@code /data/sources/}. */
    static SourceResolver classpath(String prefix) {
        return file -> {
            try (InputStream in = SourceResolver.class.getResourceAsStream(prefix + file)) {
                return in == null ? Optional.empty() : Optional.of(decode(in.readAllBytes()));
            }
        };
    }

    /** Documents held in memory (tests, filtered copies). */
    static SourceResolver of(Map<String, String> texts) {
        Map<String, String> copy = Map.copyOf(texts);
        return file -> Optional.ofNullable(copy.get(file));
    }

    /**
     * Strict UTF-8: a file in another encoding is reported (a {@link NotUtf8Exception} with the place of the first
     * bad byte) rather than silently garbled; a byte-order mark is dropped.
     */
    static String decode(byte[] bytes) throws IOException {
        return Utf8Reader.decode(bytes);
    }
}
