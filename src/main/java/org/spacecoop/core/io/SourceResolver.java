package org.spacecoop.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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

    /** Files in a folder (the dataset's {@code sources/}); links that lead out of it count as missing. */
    static SourceResolver directory(Path folder) {
        return file -> {
            Path root = folder.toAbsolutePath().normalize();
            Path p = root.resolve(file).normalize();
            if (!p.startsWith(root) || !Files.isRegularFile(p)) return Optional.empty();
            if (Files.exists(root) && !p.toRealPath().startsWith(root.toRealPath())) return Optional.empty();
            try {
                return Optional.of(decode(Files.readAllBytes(p)));
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
