package org.spacecoop.core.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the bundled dataset, with its source documents, that tests may change. */
final class Copies {

    static final Path BUNDLED = Path.of("data/space-cooperation.json");

    private Copies() {
    }

    /** {@code dir/space-cooperation.json} and {@code dir/sources/}. */
    static Path bundledIn(Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        try (Stream<Path> files = Files.list(BUNDLED.resolveSibling("sources"))) {
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, sources.resolve(f.getFileName().toString()));
        }
        return Files.copy(BUNDLED, dir.resolve("space-cooperation.json"));
    }
}
