package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spacecoop.core.io.Readings.BUNDLED;
import static org.spacecoop.core.io.Readings.NO_SOURCES;
import static org.spacecoop.core.io.Readings.assertBothReadTheSame;
import static org.spacecoop.core.io.Readings.bundled;
import static org.spacecoop.core.io.Readings.synthetic;
import static org.spacecoop.core.io.Readings.utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spacecoop.core.model.Dataset;

/**
 * A valid file gives the same dataset whether the reader places its values ({@link DatasetReader#read}) or not
 * (the one read {@link DatasetReader#load} makes of a valid file).
 */
class ValidFilesReadAlikeTest {

    private static final int MIB = 1 << 20;

    @Test
    void theBundledDatasetReadsTheSame() throws IOException {
        Dataset d = assertBothReadTheSame(bundled(), BUNDLED);
        assertThat(d.relations()).hasSizeGreaterThan(100);
        assertThat(d.relations()).anyMatch(r -> !r.evidence().passages().isEmpty());
        assertThat(d.sources()).allMatch(s -> s.file() == null || s.hasText());
    }

    @ParameterizedTest(name = "{0} entities, {1} relations, seed {2}")
    @CsvSource({
        "1, 0, 1",
        "2, 1, 2",
        "40, 150, 3",
        "600, 3000, 4",
        "2500, 7000, 5", // more than 1 MiB, more than one relation checker batch
    })
    void syntheticDatasetsReadTheSame(int nodes, int edges, long seed) {
        byte[] json = utf8(synthetic(nodes, edges, seed));
        if (edges == 7000) assertThat(json.length).isGreaterThan(MIB + MIB / 4);
        Dataset d = assertBothReadTheSame(json, NO_SOURCES);
        assertThat(d.entities()).hasSize(nodes);
        assertThat(d.relations()).hasSize(edges);
    }

    /** "sources" is optional: a file without it is read as having none. */
    @Test
    void aFileWithoutSourcesReadsTheSame() {
        JsonObject o = JsonParser.parseString(synthetic(300, 1200, 12)).getAsJsonObject();
        assertThat(o.remove("sources")).isNotNull();
        Dataset d = assertBothReadTheSame(utf8(o.toString()), NO_SOURCES);
        assertThat(d.sources()).isEmpty();
        assertThat(d.relations()).hasSize(1200);
    }

    /** Sources after the relations that quote them: the relations wait for them, and their passages are found. */
    @Test
    void sourcesAfterTheRelationsThatQuoteThemAreRead() throws IOException {
        JsonObject bundled = JsonParser.parseString(new String(bundled(), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject moved = new JsonObject();
        for (String f : List.of("formatVersion", "title", "entities", "relations", "sources")) moved.add(f, bundled.get(f));
        Dataset d = assertBothReadTheSame(utf8(moved.toString()), BUNDLED);
        assertThat(d.relations()).anyMatch(r -> !r.evidence().passages().isEmpty());
    }

    /** Strings of more than a mebibyte, with escapes and characters of every UTF-8 length. */
    @Test
    void stringsLongerThanTheBufferReadTheSame() {
        List<String> lines = new ArrayList<>(List.of(synthetic(30, 200, 6).split("\n", -1)));
        StringBuilder title = new StringBuilder();
        while (title.length() < MIB + MIB / 2) title.append("A long title, plain ASCII. ");
        int titleLine = indexOfPrefix(lines, "  \"title\": ");
        lines.set(titleLine, "  \"title\": \"" + title + "\",");

        String piece = "Long note é 中 🚀 \"quoted\" back\\slash\ttab/ ";
        String note = piece.repeat((2 * MIB + MIB / 2) / utf8(piece).length + 1); // 2.5 MiB, escaped more than that
        int line = relationLineWithout(lines, 100, "\"note\"");
        String l = lines.get(line);
        int brace = l.indexOf('{') + 1;
        lines.set(line, l.substring(0, brace) + "\"note\": " + quoteJson(note) + ", " + l.substring(brace));
        byte[] json = utf8(String.join("\n", lines));

        Dataset d = assertBothReadTheSame(json, NO_SOURCES);
        assertThat(d.title()).isEqualTo(title.toString());
        assertThat(d.relations()).filteredOn(r -> note.equals(r.note())).hasSize(1);
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError("no line starts with " + prefix);
    }

    /** The line of the first relation from number {@code from} on whose line does not contain {@code absent}. */
    private static int relationLineWithout(List<String> lines, int from, String absent) {
        int first = lines.indexOf("  \"relations\": [") + 1;
        for (int i = first + from; i < lines.size(); i++) {
            if (lines.get(i).contains("\"from\"") && !lines.get(i).contains(absent)) return i;
        }
        throw new AssertionError("no relation line without " + absent);
    }

    static String quoteJson(String s) {
        return new GsonBuilder().disableHtmlEscaping().create().toJson(s);
    }
}
