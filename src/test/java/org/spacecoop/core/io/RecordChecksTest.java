package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/** An edit is refused with the same words a load uses for the same mistake in a file. */
class RecordChecksTest {

    static final Path FIXTURE = DatasetReaderTest.fixture("valid/dataset.json");

    final Dataset d;
    final RecordChecks checks;

    RecordChecksTest() throws Exception {
        d = DatasetReader.load(FIXTURE);
        Map<String, Source> sources = d.sources().stream().collect(Collectors.toMap(Source::id, s -> s));
        Map<String, Entity> entities = d.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
        checks = new RecordChecks(new RecordChecks.Context() {
            public Source source(String id) {
                return sources.get(id);
            }

            public boolean hasEntity(String id) {
                return entities.containsKey(id);
            }

            public Collection<String> entityIds() {
                return entities.keySet();
            }

            public Collection<String> sourceIds() {
                return sources.keySet();
            }

            public PartialDate asOf() {
                return d.asOf();
            }
        }, RecordChecks.documentsBeside(FIXTURE));
    }

    /** The message a load of the fixture gives after {@code edit} of its text. */
    private String loaded(UnaryOperator<String> edit) throws Exception {
        String json = edit.apply(Files.readString(FIXTURE));
        LoadResult r = DatasetReader.read("f.json", new StringReader(json), SourceResolver.of(Map.of("oped.txt", d.sources().get(0).text())));
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0).message();
    }

    private static Relation first(Dataset d, UnaryOperator<Relation> change) {
        return change.apply(d.relations().get(0));
    }

    private String edited(Relation r) {
        var checked = checks.relation(r);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.problems()).hasSize(1);
        return checked.problems().get(0).message();
    }

    @Test
    void anUnknownEntity() throws Exception {
        String file = loaded(s -> s.replaceFirst("\"to\": \"change\"", "\"to\": \"chang\""));
        String edit = edited(first(d, r -> new Relation(r.id(), r.from(), "chang", r.type(), null, r.status(), r.start(), r.end(),
                r.note(), r.unverified(), r.evidence())));
        assertThat(edit).isEqualTo(file).contains("did you mean \"change\"");
    }

    @Test
    void anEndBeforeItsStart() throws Exception {
        String file = loaded(s -> s.replace("\"end\": \"2024-06\"", "\"end\": \"2017\""));
        String edit = edited(first(d, r -> new Relation(r.id(), r.from(), r.to(), r.type(), null, r.status(), r.start(),
                PartialDate.of("2017"), r.note(), r.unverified(), r.evidence())));
        assertThat(edit).isEqualTo(file);
    }

    @Test
    void aQuoteNotInItsDocument() throws Exception {
        String quote = "The European Space Agency has previously provided two instruments for the Chang'e lunar rover";
        String file = loaded(s -> s.replace("for the Chang'e lunar mission\"", "for the Chang'e lunar rover\""));
        String edit = edited(first(d, r -> new Relation(r.id(), r.from(), r.to(), r.type(), null, r.status(), r.start(), r.end(),
                r.note(), r.unverified(), Evidence.of(List.of(new Passage("oped", 0, 0, quote, true)), List.of()))));
        assertThat(edit).isEqualTo(file).contains("the text matches up to");
    }

    @Test
    void aMalformedUrl() throws Exception {
        String file = loaded(s -> s.replace("https://example.org/esa-china", "example.org/esa-china"));
        Relation r = d.relations().get(1);
        String edit = edited(new Relation(r.id(), r.from(), r.to(), r.type(), null, r.status(), r.start(), r.end(), r.note(),
                r.unverified(), Evidence.of(List.of(), List.of(new Reference("example.org/esa-china", "ESA and China")))));
        assertThat(edit).isEqualTo(file);
    }

    @Test
    void anInvalidId() throws Exception {
        String file = loaded(s -> s.replace("\"id\": \"esa.cooperates-on.cty_cn\"", "\"id\": \"ESA.cooperates\""));
        Relation r = d.relations().get(1);
        String edit = edited(new Relation("ESA.cooperates", r.from(), r.to(), r.type(), null, r.status(), r.start(), r.end(),
                r.note(), r.unverified(), r.evidence()));
        assertThat(edit).isEqualTo(file);
    }

    @Test
    void aRelationWithoutEvidence() throws Exception {
        String file = loaded(s -> s.replace(",\n     \"references\": [{\"url\": \"https://example.org/esa-china\", \"title\": \"ESA and China\"}]", ""));
        Relation r = d.relations().get(1);
        String edit = edited(new Relation(r.id(), r.from(), r.to(), r.type(), null, r.status(), r.start(), r.end(), r.note(),
                r.unverified(), Evidence.NONE));
        assertThat(edit).isEqualTo(file);
    }

    @Test
    void aValidRecordComesBackAsALoadGivesIt() {
        Relation r = d.relations().get(0);
        Passage p = r.evidence().passages().get(0);
        var checked = checks.relation(new Relation(r.id(), r.from(), r.to(), r.type(), null, r.status(), r.start(), r.end(),
                r.note(), r.unverified(), Evidence.of(List.of(new Passage("oped", -1, -1, " " + p.text() + "\n", true)), List.of())));
        assertThat(checked.ok()).isTrue();
        assertThat(checked.record().evidence().passages()).containsExactly(p);
    }
}
