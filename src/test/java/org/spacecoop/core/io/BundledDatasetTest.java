package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Source;

class BundledDatasetTest {

    @Test
    void loadsWithZeroProblems() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(DatasetReader.BUNDLED_JSON); Reader r = DatasetReader.utf8(in)) {
            LoadResult result = DatasetReader.read("space-cooperation.json", r,
                    SourceResolver.classpath(DatasetReader.BUNDLED_SOURCES));
            assertThat(result.problems()).extracting(Problem::format).isEmpty();
            assertThat(result.ok()).isTrue();
        }
    }

    @Test
    void loadBundledGivesTheSourcedDataset() {
        Dataset d = DatasetReader.loadBundled();
        assertThat(d.entities()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(d.relations()).hasSizeGreaterThanOrEqualTo(250)
                .allSatisfy(r -> assertThat(r.evidence().isEmpty()).as(r.id()).isFalse());
        Source oped = d.sources().stream().filter(s -> s.title().equals("China's New Opening for Space Cooperation?"))
                .findFirst().orElseThrow();
        assertThat(oped.publisher()).isEqualTo("China in Space");
        assertThat(oped.text()).contains("The European Space Agency has previously provided two instruments");
    }
}
