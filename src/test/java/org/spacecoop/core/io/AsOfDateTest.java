package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.PartialDate;

/** The top-level {@code asOf} date: read by both readers, written back, and checked against the facts. */
class AsOfDateTest {

    private static final SourceResolver NONE = SourceResolver.of(Map.of());

    /** A dataset whose newest dated fact is a historical relation that ended in March 2026. */
    private static byte[] dataset(String asOf) {
        return ("""
                {"formatVersion": 1, "title": "t", %s "sources": [],
                 "entities": [{"id": "a", "name": "A", "kind": "agency", "description": "d", "status": "active"},
                              {"id": "b", "name": "B", "kind": "mission", "description": "d", "status": "historical"}],
                 "relations": [{"id": "r", "from": "a", "to": "b", "type": "operates", "status": "historical",
                                "start": "2025-01", "end": "2026-03-14",
                                "references": [{"url": "https://x.org", "title": "x"}]},
                               {"id": "p", "from": "a", "to": "b", "type": "operates", "status": "planned",
                                "start": "2031", "references": [{"url": "https://x.org", "title": "x"}]}]}
                """.formatted(asOf == null ? "" : "\"asOf\": \"" + asOf + "\",")).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsWithAndWithoutPlacesReadTheDate() {
        byte[] json = dataset("2026-04");
        assertThat(Readings.unplacedFirst(json, NONE, LoadListener.NONE).dataset()).as("the read without places")
                .isNotNull().extracting(Dataset::asOf).isEqualTo(PartialDate.of("2026-04"));
        assertThat(Readings.placedDataset(json, NONE).asOf()).isEqualTo(PartialDate.of("2026-04"));
    }

    @Test
    void theDateIsOptional() {
        assertThat(Readings.unplacedFirst(dataset(null), NONE, LoadListener.NONE).dataset().asOf()).isNull();
        assertThat(Readings.placedDataset(dataset(null), NONE).asOf()).isNull();
    }

    @Test
    void theWriterKeepsTheDate() {
        Dataset d = Readings.placedDataset(dataset("2026-03-14"), NONE);
        String written = Readings.written(d);
        assertThat(written).contains("\"asOf\": \"2026-03-14\"");
        assertThat(Readings.placedDataset(written.getBytes(StandardCharsets.UTF_8), NONE).asOf())
                .isEqualTo(PartialDate.of("2026-03-14"));
    }

    @Test
    void aMonthCoversTheFactsDatedWithinIt() {
        assertThat(Readings.placed("t.json", dataset("2026-03"), NONE).problems()).isEmpty();
    }

    @Test
    void aDateBeforeTheNewestFactIsAProblemThatNamesTheFact() {
        LoadResult r = Readings.placed("t.json", dataset("2026-02"), NONE);
        assertThat(Readings.unplacedFirst(dataset("2026-02"), NONE, LoadListener.NONE).problems()).as("as load reads it")
                .isEqualTo(Readings.placed("test.json", dataset("2026-02"), NONE).problems());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.asOf");
            assertThat(p.location()).isEqualTo("1:44");
            assertThat(p.message()).isEqualTo("asOf 2026-02 is before the newest dated fact: relation r ends 2026-03-14");
        });
    }

    @Test
    void plannedDatesDoNotCountAsFacts() {
        // the planned relation starts in 2031; only the historical one's end (2026-03-14) bounds asOf
        assertThat(Readings.placed("t.json", dataset("2026-03-14"), NONE).ok()).isTrue();
    }

    @Test
    void aDateInTheFutureIsAProblem() {
        LoadResult r = Readings.placed("t.json", dataset("2999-01"), NONE);
        assertThat(r.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("asOf 2999-01 is in the future (today is "));
    }
}
