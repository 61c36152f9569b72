package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spacecoop.core.io.Readings.BUNDLED;
import static org.spacecoop.core.io.Readings.DOC;
import static org.spacecoop.core.io.Readings.DOC_SOURCES;
import static org.spacecoop.core.io.Readings.NO_SOURCES;
import static org.spacecoop.core.io.Readings.assertBothReadTheSame;
import static org.spacecoop.core.io.Readings.assertSameDataset;
import static org.spacecoop.core.io.Readings.bundled;
import static org.spacecoop.core.io.Readings.placedDataset;
import static org.spacecoop.core.io.Readings.utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;

/**
 * A hand-written dataset with escapes, raw UTF-8, nulls and fields in odd orders, and the bundled one, each written
 * in several ways: every writing reads to the values written, with places and without.
 */
class HandWrittenDatasetTest {

    /** JSON written with ` for each backslash (Java would read the \ u escapes of the JSON itself). */
    static String json(String s) {
        return s.replace('`', '\\');
    }

    static final String TOP = json("""
            {
              "title": "Handgeschrieben: `u00e9t`u00E9 — 手写 `ud83d`ude80",
            """);
    /** Sources in their own order of fields; a date, a URL and a file left null. */
    static final String SOURCES = json("""
              "sources": [
                {
                  "file": "doc.txt", "kind": "news",
                  "url": "https:`/`/example.org`/a?b=1&c=2",
                  "date": "2024-06", "publisher": "Agence France-Presse",
                  "title": "Coop`u00e9ration spatiale — 合作 `"Genf`"",
                  "id": "doc"
                },
                {"id": "web", "title": "A page", "publisher": "P", "date": "2023", "url": null, "kind": "agency page"},
                {"url": null, "file": null, "kind": "reference", "date": null, "publisher": "Nobody", "title": "Undated", "id": "undated"}
              ],
            """);
    static final String ENTITIES = json("""
              "entities": [
                {
                  "status": "active",
                  "description": "Europe`u2019s agency: `"quoted`", back``slash, tab`tthere, newline`nhere, `b`f`r and `/.",
                  "kind": "agency",
                  "aliases": ["ESA", "欧洲空间局", "Agence spatiale européenne", "`u0045SA`u00e9"],
                  "name": "European Space Agency",
                  "id": "esa",
                  "country": "Europe",
                  "start": "1975-05-30",
                  "unverified": null,
                  "passages": [],
                  "references": []
                },
                {"id": "cnsa", "name": "中国国家航天局", "aliases": [], "kind": "agency", "country": null,
                 "description": "China’s agency 🚀 raw, `ud83d`ude80 escaped and `uD83D`uDE80 in capitals.", "start": "1993", "end": null,
                 "status": "active", "unverified": false,
                 "passages": [{"quote": "中国国家航天局与欧洲航天局合作", "source": "doc"}]},
                {
                  "references": [{"title": null, "url": "http://example.org/x"}, {"url": "https://example.org/y", "title": "Y `/ z"}],
                  "unverified": true, "status": "historical", "end": "2024-06-25", "start": "2024-05",
                  "description": "A mission.", "country": "CN", "kind": "mission", "name": "Chang’e-6", "id": "m.1_x-y"
                }
              ],
            """);
    static final String RELATIONS = json("""
              "relations": [
                {
                  "to": "cnsa", "from": "esa", "id": "esa.cooperates-on.cnsa", "type": "cooperates-on", "status": "active",
                  "note": null, "start": null, "end": null, "unverified": null,
                  "passages": [{"source": "doc", "quote": "The `"quoted`" words and a back``slash."}],
                  "references": []
                },
                {"id": "r2", "from": "cnsa", "to": "cnsa", "type": "operates", "status": "planned",
                 "note": "Self `u0041 loop: `"q`" `` `/ `n `t `u00e9 `ud83d`ude80 raw é 中 🚀 end", "references": [{"url": "https://example.org/r2"}], "passages": []},
                {"id": "r3", "from": "m.1_x-y", "to": "esa", "type": "provides-launch", "status": "historical",
                 "start": "`u0032024-05-03", "end": "2024-06", "unverified": true,
                 "passages": [{"source": "doc", "quote": "Genf`nunterzeichnet"}, {"source": "doc", "quote": "  Der  Vertrag "}],
                 "references": [{"url": "https://example.org/r3", "title": "R3"}]},
                {"id": "r4", "from": "esa", "to": "cnsa", "type": "cooperates-on", "status": "active", "references": [{"url": "https://example.org/r4"}]},
                {"id": "r5", "from":"m.1_x-y", "to":"esa", "type": "trains-with", "status": "active", "references": [
                  {"title": "Title first", "url": "https://example.org/r5/a"}, {"url": "https://example.org/r5/b", "title": null},
                  {"url": "https://example.org/r5/c", "title": "Zweite `u2014 gr`u00fc`u00dfe"}, {"url": "https:`/`/example.org/r5/d", "title": "Z"}]}
              ],
            """);
    static final String END = """
              "formatVersion": 1
            }
            """;
    /** A hand-written valid dataset: formatVersion last, fields in odd orders, escapes, raw UTF-8, nulls, empty arrays. */
    static final String BASE = TOP + SOURCES + ENTITIES + RELATIONS + END;

    /** What the hand-written dataset says, decoded by hand. */
    static void assertHandWrittenValues(Dataset d) {
        assertThat(d.title()).isEqualTo("Handgeschrieben: été — 手写 🚀");
        assertThat(d.sources()).extracting(s -> s.id()).containsExactly("doc", "web", "undated");
        assertThat(d.sources().get(0).url()).isEqualTo("https://example.org/a?b=1&c=2");
        assertThat(d.sources().get(0).title()).isEqualTo("Coopération spatiale — 合作 \"Genf\"");
        assertThat(d.sources().get(0).text()).isEqualTo(DOC);
        assertThat(d.sources().get(1).url()).isNull();
        assertThat(d.sources().get(2).date()).isNull();
        assertThat(d.sources().get(2).file()).isNull();
        Entity esa = d.entities().get(0), cnsa = d.entities().get(1), mission = d.entities().get(2);
        assertThat(esa.description()).isEqualTo("Europe’s agency: \"quoted\", back\\slash, tab\tthere, newline\nhere, \b\f\r and /.");
        assertThat(esa.aliases()).containsExactly("ESA", "欧洲空间局", "Agence spatiale européenne", "ESAé");
        assertThat(esa.unverified()).isFalse();
        assertThat(esa.start()).isEqualTo(PartialDate.of(1975, 5, 30));
        assertThat(esa.evidence()).isEqualTo(Evidence.NONE);
        assertThat(cnsa.name()).isEqualTo("中国国家航天局");
        assertThat(cnsa.country()).isNull();
        assertThat(cnsa.end()).isNull();
        assertThat(cnsa.description()).isEqualTo("China’s agency 🚀 raw, 🚀 escaped and 🚀 in capitals.");
        assertThat(cnsa.evidence().passages()).extracting(Passage::text).containsExactly("中国国家航天局与欧洲航天局合作");
        assertThat(mission.id()).isEqualTo("m.1_x-y");
        assertThat(mission.unverified()).isTrue();
        assertThat(mission.evidence().references()).containsExactly(
                new Reference("http://example.org/x", ""), new Reference("https://example.org/y", "Y / z"));
        Relation r1 = d.relations().get(0), r2 = d.relations().get(1), r3 = d.relations().get(2);
        assertThat(r1.note()).isNull();
        assertThat(r1.start()).isNull();
        assertThat(r1.unverified()).isFalse();
        assertThat(r1.evidence().passages()).extracting(Passage::text).containsExactly("The \"quoted\" words and a back\\slash.");
        assertThat(r2.note()).isEqualTo("Self A loop: \"q\" \\ / \n \t é 🚀 raw é 中 🚀 end");
        assertThat(r2.from()).isEqualTo("cnsa").isEqualTo(r2.to());
        assertThat(r3.start()).isEqualTo(PartialDate.of(2024, 5, 3));
        assertThat(r3.end()).isEqualTo(PartialDate.of(2024, 6, 0));
        assertThat(r3.unverified()).isTrue();
        assertThat(r3.evidence().passages()).extracting(Passage::text).containsExactly("Genf\n   unterzeichnet", "Der Vertrag");
        // references in their order, with and without titles, ASCII and not
        assertThat(d.relations().get(4).evidence().references()).containsExactly(
                new Reference("https://example.org/r5/a", "Title first"), new Reference("https://example.org/r5/b", ""),
                new Reference("https://example.org/r5/c", "Zweite — grüße"), new Reference("https://example.org/r5/d", "Z"));
        assertThat(d.relations()).hasSize(5);
    }

    /** Ways of writing the same JSON. */
    enum Writing {
        AS_IS(s -> s),
        /** No white space at all; Gson's default escapes for &lt;, &gt;, &amp;, = and ' (backslash, u003c …). */
        COMPACT(s -> new GsonBuilder().serializeNulls().create().toJson(JsonParser.parseString(s))),
        /** Every non-ASCII character as a backslash-u escape (surrogate pairs for the rocket), every / as \/. */
        ESCAPED(s -> escapeAll(new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(JsonParser.parseString(s)))),
        /** Pretty-printed, every line ending in \r\n, indented with tabs. */
        CRLF_TABS(s -> crlfTabs(new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(JsonParser.parseString(s)))),
        /** The fields of every object shuffled (the sections too), pretty-printed. */
        SHUFFLED(s -> new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(shuffled(JsonParser.parseString(s), new Random(7))));

        final UnaryOperator<String> rewrite;

        Writing(UnaryOperator<String> rewrite) {
            this.rewrite = rewrite;
        }
    }

    static String escapeAll(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '/') sb.append("\\/"); // in JSON text, / and non-ASCII occur only inside strings
            else if (c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    static String crlfTabs(String json) {
        StringBuilder sb = new StringBuilder();
        for (String line : json.split("\n")) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') indent++;
            sb.append("\t".repeat(indent / 2)).append(line.substring(indent)).append("\r\n");
        }
        return sb.toString();
    }

    static JsonElement shuffled(JsonElement e, Random random) {
        if (e.isJsonArray()) {
            JsonArray out = new JsonArray();
            for (JsonElement x : e.getAsJsonArray()) out.add(shuffled(x, random));
            return out;
        }
        if (!e.isJsonObject()) return e;
        List<String> names = new ArrayList<>(e.getAsJsonObject().keySet());
        Collections.shuffle(names, random);
        JsonObject out = new JsonObject();
        for (String n : names) out.add(n, shuffled(e.getAsJsonObject().get(n), random));
        return out;
    }

    static Stream<Arguments> writings() {
        return Arrays.stream(Writing.values()).flatMap(w -> Stream.of(Arguments.of("hand-written", w), Arguments.of("bundled", w)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("writings")
    void validJsonWrittenInOtherWaysReadsTheSame(String dataset, Writing writing) throws IOException {
        boolean hand = dataset.equals("hand-written");
        String original = hand ? BASE : new String(bundled(), StandardCharsets.UTF_8);
        SourceResolver sources = hand ? DOC_SOURCES : BUNDLED;
        String text = writing.rewrite.apply(original);
        if (writing != Writing.AS_IS) assertThat(text).isNotEqualTo(original);
        if (writing == Writing.COMPACT) {
            assertThat(text).doesNotContain("\n").containsAnyOf("\\u0026", "\\u0027", "\\u003d").hasSizeLessThan(original.length());
        }
        if (writing == Writing.ESCAPED) {
            assertThat(text).contains("\\/").matches("\\p{ASCII}*");
            if (hand) assertThat(text).contains("\\ud83d\\ude80");
        }

        Dataset d = assertBothReadTheSame(utf8(text), sources);
        // and it is the dataset the original text gives
        assertSameDataset(d, placedDataset(utf8(original), sources));
        if (hand) assertHandWrittenValues(d);
    }

    @Test
    void theHandWrittenDatasetIsReadAsWrittenAndSectionsMayComeInOtherOrders() {
        Dataset d = assertBothReadTheSame(utf8(BASE), DOC_SOURCES);
        assertHandWrittenValues(d);
        // entities before sources, formatVersion first
        String reordered = "{\"formatVersion\": 1, " + ENTITIES + SOURCES + RELATIONS
                + TOP.substring(TOP.indexOf('{') + 1).replaceFirst(",\\s*$", "") + "}";
        assertSameDataset(assertBothReadTheSame(utf8(reordered), DOC_SOURCES), d);
        // no whitespace at all, no title, no sources and no passages
        String bare = "{\"formatVersion\":1,\"sources\":[],\"entities\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"agency\","
                + "\"description\":\"d\",\"status\":\"active\",\"aliases\":[],\"passages\":[],\"references\":[]},{\"id\":\"b\","
                + "\"name\":\"B\",\"kind\":\"company\",\"description\":\"e\",\"status\":\"proposed\"}],\"relations\":[{\"id\":\"x\","
                + "\"from\":\"a\",\"to\":\"b\",\"type\":\"contracts\",\"status\":\"active\",\"references\":[{\"url\":\"https://x.org\"}]}]}";
        Dataset b = assertBothReadTheSame(utf8(bare), NO_SOURCES);
        assertThat(b.title()).isEmpty();
        assertThat(b.relations()).hasSize(1);
        // no relations at all
        assertThat(assertBothReadTheSame(utf8(bare.replaceFirst("\"relations\":\\[.*\\]\\}$", "\"relations\":[]}")), NO_SOURCES)
                .relations()).isEmpty();
    }
}
