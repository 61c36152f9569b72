package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus under src/test/resources/broken/: each file breaks one rule and must say so, and where. */
class BrokenDatasetsTest {

    record Case(String file, String location, String path, String message) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Path folder() {
        return DatasetReaderTest.fixture("../broken");
    }

    static List<Case> cases() throws IOException {
        return Files.readAllLines(folder().resolve("expected.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(c -> new Case(c[0], c[1].equals("-") ? "" : c[1], c[2].equals("-") ? "" : c[2], c[3]))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenDatasetYieldsItsProblemAndPlace(Case c) {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.load(folder().resolve(c.file)));

        assertThat(e).as("%s should not load", c.file).isNotNull();
        assertThat(e.problems()).hasSize(1);
        Problem p = e.problems().get(0);
        assertThat(p.file()).isEqualTo(c.file);
        assertThat(p.location()).isEqualTo(c.location);
        assertThat(p.jsonPath()).isEqualTo(c.path);
        assertThat(p.message()).startsWith(c.message);
        assertThat(e.getMessage()).contains(p.format()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theCorpusIsLargeAndEveryFileHasAnExpectation() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(folder())) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(cases()).extracting(Case::file).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
    }

    /** The files are the base fixture with one thing broken; the base itself is fine. */
    @Test
    void theBaseOfTheCorpusLoads() throws IOException {
        try (Reader r = Files.newBufferedReader(DatasetReaderTest.fixture("broken-base.json"))) {
            LoadResult result = DatasetReader.read("broken-base.json", r, SourceResolver.directory(folder().resolve("sources")));
            assertThat(result.problems()).isEmpty();
            assertThat(result.dataset().relations()).hasSize(2);
        }
    }
}
