package org.spacecoop.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.RecordChecks;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.model.Status;

class EditStackTest {

    static final Path BUNDLED = Path.of("data/space-cooperation.json");

    Dataset original;
    EditStack stack;
    DatasetDocument doc;
    final List<DocumentChange> told = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        original = DatasetReader.load(BUNDLED);
        doc = new DatasetDocument(original);
        stack = new EditStack(doc, RecordChecks.documentsBeside(BUNDLED));
        stack.addListener(told::add);
    }

    static Relation relation(String id, String from, RelationType type, String to, Status status) {
        return new Relation(id, from, to, type, null, status, null, null, null, false,
                Evidence.of(List.of(), List.of(new Reference("https://example.org/r", "R"))));
    }

    static Entity entity(String id, String name) {
        return new Entity(id, name, List.of(), EntityKind.AGENCY, "XX", "An agency.", null, null, Status.PLANNED, false, null);
    }

    @Test
    void anAddedRelationIsNamedUndoneAndRedone() throws Exception {
        Step step = stack.apply(Edit.add(relation("esa.member-of.ilrs.2", "esa", RelationType.MEMBER_OF, "ilrs", Status.PROPOSED)));

        assertThat(step.name()).isEqualTo("add relation esa → member-of → ilrs");
        assertThat(stack.undoName()).contains("add relation esa → member-of → ilrs");
        assertThat(doc.relations()).hasSize(original.relations().size() + 1);
        assertThat(doc.relation("esa.member-of.ilrs.2").to()).isEqualTo("ilrs");
        assertThat(told).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(DocumentChange.Kind.APPLIED);
            assertThat(c.addedRelations()).extracting(Relation::id).containsExactly("esa.member-of.ilrs.2");
        });
        assertThat(stack.isModified()).isTrue();

        stack.undo();
        assertThat(doc.relation("esa.member-of.ilrs.2")).isNull();
        assertThat(told.get(1).removedRelations()).extracting(Relation::id).containsExactly("esa.member-of.ilrs.2");
        assertThat(stack.redoName()).contains("add relation esa → member-of → ilrs");
        assertThat(stack.isModified()).isFalse();

        stack.redo();
        assertThat(doc.relations().get(doc.relations().size() - 1).id()).isEqualTo("esa.member-of.ilrs.2");
        assertThat(told.get(2).kind()).isEqualTo(DocumentChange.Kind.REDONE);
    }

    @Test
    void aChangeNamesTheFieldsItChangesAndAnUnchangedRecordIsNotAStep() throws Exception {
        Relation r = doc.relation("esa.member-of.ilrs");
        Relation active = new Relation(r.id(), r.from(), r.to(), r.type(), null, Status.SUSPENDED, r.start(),
                PartialDate.of("2025"), r.note(), r.unverified(), r.evidence());

        Step step = stack.apply(Edit.change(active));

        assertThat(step.name()).isEqualTo("change relation esa → member-of → ilrs (status, end)");
        assertThat(told.get(0).changedRelations()).singleElement().extracting(Relation::status).isEqualTo(Status.SUSPENDED);
        int index = original.relations().indexOf(r);
        assertThat(doc.relations().get(index).status()).isEqualTo(Status.SUSPENDED);

        assertThat(stack.apply(Edit.change(doc.relation(r.id()))).isEmpty()).isTrue();
        assertThat(stack.history()).hasSize(1);
    }

    @Test
    void deletingAnEntityDeletesItsRelationsAsOneStepAndUndoPutsEverythingBackInPlace() throws Exception {
        List<Relation> esas = doc.relationsOf("esa");
        assertThat(esas.size()).isGreaterThan(3);
        String before = Deep.of(doc.snapshot());

        Step step = stack.apply(new Edit.DeleteEntity("esa"));

        assertThat(step.name()).isEqualTo("delete entity esa and its " + esas.size() + " relations");
        assertThat(doc.entity("esa")).isNull();
        assertThat(doc.relations()).hasSize(original.relations().size() - esas.size())
                .noneMatch(r -> r.from().equals("esa") || r.to().equals("esa"));
        assertThat(told.get(0).removedRelations()).containsExactlyElementsOf(esas);
        assertThat(told.get(0).removedEntities()).extracting(Entity::id).containsExactly("esa");

        stack.undo();
        assertThat(Deep.of(doc.snapshot())).isEqualTo(before);
        assertThat(told.get(1).addedRelations()).containsExactlyInAnyOrderElementsOf(esas);
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void refusedEditsSayWhyInTheLoadersWordsAndChangeNothing() {
        String before = Deep.of(doc.snapshot());

        assertRefused(Edit.add(relation("x", "esa", RelationType.MEMBER_OF, "ilrss", Status.PLANNED)),
                "to", "unknown entity \"ilrss\" (did you mean \"ilrs\"?)");
        Entity esa = doc.entity("esa");
        assertRefused(Edit.change(new Entity(esa.id(), esa.name(), esa.aliases(), esa.kind(), esa.country(), esa.description(),
                PartialDate.of("2020"), PartialDate.of("2019-05"), esa.status(), esa.unverified(), esa.evidence())),
                "end", "end 2019-05 is before start 2020");
        assertRefused(Edit.add(entity("esa", "Another ESA")), "id", "duplicate entity id \"esa\"");
        assertRefused(Edit.add(new Relation("q", "esa", "ilrs", RelationType.MEMBER_OF, null, Status.PLANNED, null, null, null,
                false, Evidence.of(List.of(new Passage("oped-2025", 0, 0, "Europe will surely join ILRS tomorrow", true)), List.of()))),
                "passages", "quote not found in china-new-opening-2025.txt: \"Europe will surely join ILRS tomorrow\"");
        assertRefused(Edit.add(entity("Bad Id", "x")), "id", "invalid id \"Bad Id\" (ids are lowercase)");
        assertRefused(Edit.add(new Relation("n", "esa", "ilrs", RelationType.MEMBER_OF, null, Status.PLANNED, null, null, null,
                false, Evidence.NONE)), "evidence", "relation n has no evidence");
        assertRefused(new Edit.DeleteSource("oped-2025"), "id", "source \"oped-2025\" is quoted by");
        assertRefused(Edit.add(new Entity("late", "Late", List.of(), EntityKind.AGENCY, null, "d", PartialDate.of("2026-09"),
                null, Status.ACTIVE, false, null)), "start", "asOf 2026-05 is before the newest dated fact: entity late starts 2026-09");
        assertRefused(new Edit.ChangeHeader("t", PartialDate.of("2001")), "asOf", "asOf 2001 is before the newest dated fact");

        assertThat(Deep.of(doc.snapshot())).isEqualTo(before);
        assertThat(told).isEmpty();
        assertThat(stack.canUndo()).isFalse();
    }

    private void assertRefused(Edit edit, String field, String message) {
        assertThatThrownBy(() -> stack.apply(edit)).isInstanceOfSatisfying(EditRejected.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.message()).contains(message);
                }));
    }

    @Test
    void aPassageIsLocatedInItsDocumentAsALoadLocatesIt() throws Exception {
        Passage loaded = doc.relation("esa.member-of.ilrs").evidence().passages().get(0);
        String respaced = loaded.text().replace(" ", "   \n ");

        stack.apply(Edit.add(new Relation("esa.cooperates-on.ilrs", "esa", "ilrs", RelationType.COOPERATES_ON, null,
                Status.SPECULATIVE, null, null, null, false,
                Evidence.of(List.of(new Passage("oped-2025", -1, -1, respaced, true)), List.of()))));

        assertThat(doc.relation("esa.cooperates-on.ilrs").evidence().passages()).containsExactly(loaded);
    }

    @Test
    void aSourceIsAddedChangedAndDeletedWhenNothingQuotesIt() throws Exception {
        Source s = new Source("esa-2024", "ESA and China", "ESA", "2024-05", null, "news", null, null);
        stack.apply(new Edit.AddSource(s, 0));
        assertThat(doc.sources().get(0).id()).isEqualTo("esa-2024");

        Step change = stack.apply(Edit.change(new Source("esa-2024", "ESA and China", "ESA", "2024-05",
                "https://esa.int/x", "news", null, null)));
        assertThat(change.name()).isEqualTo("change source esa-2024 (url)");

        assertThatThrownBy(() -> stack.apply(Edit.change(new Source("esa-2024", "ESA", "ESA", "2024-05", "ftp://x", "news",
                null, null)))).isInstanceOf(EditRejected.class).hasMessageContaining("malformed URL \"ftp://x\"");
        assertThatThrownBy(() -> stack.apply(Edit.change(new Source("esa-2024", "ESA", "ESA", "May 2024", null, "news",
                null, null)))).isInstanceOf(EditRejected.class).hasMessageContaining("malformed date \"May 2024\"");
        assertThatThrownBy(() -> stack.apply(Edit.change(new Source("esa-2024", "ESA", "ESA", "2024", null, "news",
                "../secret.txt", null)))).isInstanceOf(EditRejected.class).hasMessageContaining("lies outside the sources folder");

        stack.apply(new Edit.DeleteSource("esa-2024"));
        assertThat(doc.source("esa-2024")).isNull();
        while (stack.canUndo()) stack.undo();
        assertThat(Deep.of(doc.snapshot())).isEqualTo(Deep.of(original));
    }

    @Test
    void theSavedStateIsKnownAcrossUndoAndANewBranch() throws Exception {
        stack.apply(Edit.add(entity("a1", "A1")));
        stack.markSaved();
        assertThat(stack.isModified()).isFalse();
        stack.apply(Edit.add(entity("a2", "A2")));
        assertThat(stack.isModified()).isTrue();
        stack.undo();
        assertThat(stack.isModified()).isFalse();
        stack.undo();
        assertThat(stack.isModified()).isTrue();
        stack.apply(Edit.add(entity("a3", "A3")));
        assertThat(stack.isModified()).isTrue();
        assertThat(stack.canRedo()).isFalse();
    }
}
