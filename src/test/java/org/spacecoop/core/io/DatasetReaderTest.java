package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

class DatasetReaderTest {

    static Path fixture(String name) {
        try {
            return Path.of(DatasetReaderTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void loadsTheFixtureIntoRecords() throws Exception {
        Dataset d = DatasetReader.load(fixture("valid/dataset.json"));

        assertThat(d.formatVersion()).isEqualTo(1);
        assertThat(d.title()).isEqualTo("Fixture");
        assertThat(d.sources()).hasSize(2);
        assertThat(d.sources().get(0).text()).startsWith("China's New Opening");
        assertThat(d.sources().get(1).hasText()).isFalse();
        assertThat(d.sources().get(1).url()).isEqualTo("https://example.org/x");

        Entity esa = d.entities().get(0);
        assertThat(esa.id()).isEqualTo("esa");
        assertThat(esa.aliases()).containsExactly("ESA");
        assertThat(esa.kind()).isEqualTo(EntityKind.AGENCY);
        assertThat(esa.start()).isEqualTo(PartialDate.of("1975-05-30"));
        assertThat(esa.end()).isNull();
        assertThat(d.entities().get(3).unverified()).isTrue();

        Relation r = d.relations().get(0);
        assertThat(r.type()).isEqualTo(RelationType.PROVIDES_INSTRUMENT);
        assertThat(r.typeName()).isEqualTo("provides-instrument");
        assertThat(r.status()).isEqualTo(Status.HISTORICAL);
        assertThat(r.end()).isEqualTo(PartialDate.of("2024-06"));
        Passage p = r.evidence().passages().get(0);
        String text = d.sources().get(0).text();
        assertThat(p.curated()).isTrue();
        assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()).startsWith("The European Space Agency");
        assertThat(d.relations().get(2).evidence().references().get(0).title()).isEmpty();
    }

    @Test
    void quotesMatchAcrossLineBreaksAndKeepTheDocumentsText() throws Exception {
        Dataset d = DatasetReader.load(fixture("valid/dataset.json"));
        Passage p = d.relations().get(2).evidence().passages().get(0);
        assertThat(p.text()).isEqualTo("returned the first lunar samples from the far\nside.");
    }

    @Test
    void missingFileIsOneProblemWithoutStackTrace() {
        assertThatThrownBy(() -> DatasetReader.load(Path.of("/nonexistent/x.json")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("x.json: file not found");
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() {
        String json = """
                {"formatVersion": 1, "entities": [
                  {"id": "a", "name": "A", "kind": "agency", "description": "d", "status": "active"},
                  {"id": "B", "name": "B", "kind": "agencyy", "description": "d", "status": "activ"}
                ], "relations": [
                  {"id": "r", "from": "a", "to": "aa", "type": "develops", "status": "active"}
                ]}""";
        LoadResult r = DatasetReader.read("t.json", new StringReader(json), SourceResolver.of(Map.of()));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(Problem::format).containsExactly(
                "t.json:3:10 $.entities[1].id: invalid id \"B\" (ids are lowercase): use lowercase letters, digits and _ . -, starting with a letter or digit",
                "t.json:3:36 $.entities[1].kind: unknown entity kind \"agencyy\" (did you mean \"agency\"?); expected one of: "
                        + "country, agency, government, organisation, institute, alliance, company, person, program, mission, "
                        + "station, vehicle, instrument, standard, event, agreement",
                "t.json:3:77 $.entities[1].status: unknown status \"activ\" (did you mean \"active\"?); expected one of: "
                        + "historical, active, planned, proposed, speculative, suspended, cancelled",
                "t.json:5:3 $.relations[0]: relation r has no evidence: give at least one of \"passages\" or \"references\"",
                "t.json:5:34 $.relations[0].to: unknown entity \"aa\" (did you mean \"a\"?)");
    }

    /** Places come from Gson's public toString(); each must point at the first character of its value or name. */
    @Test
    void placesPointAtTheValuesTheyName() throws Exception {
        String json = Files.readString(fixture("valid/dataset.json"));
        String[] lines = json.split("\n", -1);
        var in = new com.google.gson.stream.JsonReader(new StringReader(json));
        Places places = new Places(in, true);
        int tokens = 0;
        while (in.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
            long at;
            String expected;
            switch (in.peek()) {
                case END_OBJECT -> { in.endObject(); continue; }
                case END_ARRAY -> { in.endArray(); continue; }
                case BEGIN_OBJECT -> { at = places.next(); expected = "{"; in.beginObject(); }
                case BEGIN_ARRAY -> { at = places.next(); expected = "["; in.beginArray(); }
                case NAME -> { at = places.next(); expected = "\"" + in.nextName() + "\""; }
                case STRING -> { at = places.skipValue(); expected = "\""; }
                default -> { at = places.skipValue(); expected = places.lastText == null ? "" : places.lastText; }
            }
            String line = lines[Places.line(at) - 1];
            assertThat(line.substring(Places.column(at) - 1)).as("token %d at %d:%d", tokens, Places.line(at), Places.column(at))
                    .startsWith(expected);
            tokens++;
        }
        assertThat(tokens).isGreaterThan(100);
        assertThat(new Places(new com.google.gson.stream.JsonReader(new StringReader(json)), false).next())
                .as("no place when not locating").isZero();
    }

    @Test
    void sectionsMayComeInAnyOrder() {
        String json = """
                {"relations": [{"id": "r", "from": "a", "to": "b", "type": "develops", "status": "active",
                                "passages": [{"source": "s", "quote": "a  develops\\nb"}]}],
                 "entities": [{"id": "a", "name": "A", "kind": "agency", "description": "d", "status": "active"},
                              {"id": "b", "name": "B", "kind": "vehicle", "description": "d", "status": "planned"}],
                 "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2025-01-02", "kind": "news", "file": "s.txt"}],
                 "formatVersion": 1}""";
        LoadResult r = DatasetReader.read("t.json", new StringReader(json), SourceResolver.of(Map.of("s.txt", "So a develops b.")));
        assertThat(r.problems()).isEmpty();
        Passage p = r.dataset().relations().get(0).evidence().passages().get(0);
        assertThat(p.start()).isEqualTo(3);
        assertThat(p.end()).isEqualTo(15);
    }

    @Test
    void stopsAtTheCapAndSaysSo() {
        StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"entities\": [], \"relations\": [\n");
        for (int i = 0; i < 300; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"r").append(i)
                    .append("\", \"from\": \"x\", \"to\": \"x\", \"type\": \"develops\", \"status\": \"active\"}");
        }
        LoadResult r = DatasetReader.read("t.json", new StringReader(json.append("]}").toString()), SourceResolver.of(Map.of()));
        assertThat(r.problems()).hasSize(Problems.CAP + 1);
        assertThat(r.problems().get(Problems.CAP).message()).contains("too many problems");
    }

    @Test
    void wrongTypesAndNullsAreReportedWithoutStoppingTheRead() {
        String json = """
                {"formatVersion": 1, "entities": {}, "relations": [
                  17,
                  {"id": "r", "from": null, "to": "a", "type": "develops", "status": "active", "unverified": "yes",
                   "references": [{"url": "ftp://x"}]}
                ]}""";
        LoadResult r = DatasetReader.read("t.json", new StringReader(json), SourceResolver.of(Map.of()));
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.jsonPath() + ": " + p.message()).containsExactly(
                "1:34 $.entities: expected an array of entities, found an object",
                "2:3 $.relations[0]: expected an object, found a number",
                "3:23 $.relations[1].from: must not be null",
                "3:35 $.relations[1].to: unknown entity \"a\"",
                "3:94 $.relations[1].unverified: expected true or false, found a string",
                "4:27 $.relations[1].references[0].url: malformed URL \"ftp://x\": expected http:// or https://… without spaces");
    }

    @Test
    void formatVersionMustBeTheNumberOne() {
        LoadResult r = DatasetReader.read("t.json", new StringReader("{\"formatVersion\": \"1\"}"), SourceResolver.of(Map.of()));
        assertThat(r.problems()).extracting(Problem::format)
                .containsExactly("t.json:1:19 $.formatVersion: formatVersion must be the number 1, found a string");
    }

    @Test
    void aLinkLeadingOutOfTheSourcesFolderIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("secret.txt"), "So a develops b.");
        Files.createSymbolicLink(dir.resolve("sources/s.txt"), dir.resolve("secret.txt"));
        Files.writeString(dir.resolve("d.json"), """
                {"formatVersion": 1,
                 "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2025", "kind": "news", "file": "s.txt"}],
                 "entities": [], "relations": []}""");

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.load(dir.resolve("d.json")));

        assertThat(e.problems()).extracting(Problem::format)
                .containsExactly("d.json:2:98 $.sources[0].file: source file sources/s.txt refused: it is a symbolic link that"
                        + " leads out of the sources folder");
    }
}
