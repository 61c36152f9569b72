package org.spacecoop.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.model.Status;

class EditJournalTest {

    @TempDir
    Path dir;

    /** Edits of every kind, undos and redos, as a session that never saves would leave them. */
    private String editWithoutSaving(Path json, Path journal) throws Exception {
        EditSession s = EditSession.open(json, EditJournal::beside);
        assertThat(s.journalPath()).isEqualTo(journal);
        EditStack stack = s.stack();
        stack.apply(Edit.add(DatasetFileTest.entity("a1")));
        Passage quote = s.document().relation("esa.member-of.ilrs").evidence().passages().get(1);
        stack.apply(Edit.add(new Relation("a1.member-of.ilrs", "a1", "ilrs", RelationType.MEMBER_OF, null, Status.PROPOSED,
                PartialDate.of("2027"), null, "note", true, Evidence.of(List.of(quote), List.of(new Reference("https://x.org/a", ""))))));
        Relation r = s.document().relation("esa.member-of.ilrs");
        stack.apply(Edit.change(new Relation(r.id(), r.from(), r.to(), r.type(), null, Status.PROPOSED, r.start(), r.end(),
                "changed", r.unverified(), r.evidence())));
        stack.apply(new Edit.DeleteEntity("jaxa"));
        stack.apply(new Edit.AddSource(new Source("s2", "S2", "P", "2024", null, "news", null, null), 0));
        Source oped = s.document().source("oped-2025");
        stack.apply(Edit.change(new Source(oped.id(), oped.title(), oped.publisher(), oped.date(), "https://example.org/oped",
                oped.kind(), oped.file(), null)));
        stack.apply(new Edit.ChangeHeader("New title", s.document().asOf()));
        stack.apply(new Edit.DeleteRelation("a1.member-of.ilrs"));
        stack.undo();
        stack.undo();
        stack.redo();
        stack.apply(new Edit.DeleteSource("s2"));
        assertThat(s.journalProblem()).isNull();
        return Deep.of(s.document().snapshot());
    }

    @Test
    void aJournalRestoresEveryKindOfEditAndListsThemByName() throws Exception {
        Path json = Copies.bundledIn(dir);
        Path journal = json.resolveSibling("space-cooperation.json.journal");
        String edited = editWithoutSaving(json, journal);

        EditSession reopened = EditSession.open(json, EditJournal::beside);
        JournalContents contents = reopened.recovery().orElseThrow();
        assertThat(contents.cutShort()).isFalse();
        assertThat(contents.entries()).hasSize(12);
        assertThat(contents.unsavedEdits()).containsExactly("add entity a1", "add relation a1 → member-of → ilrs",
                "change relation esa → member-of → ilrs (status, note)", "delete entity jaxa and its 11 relations",
                "add source s2", "change source oped-2025 (url)", "change the dataset's title", "delete source s2");

        EditSession.Restored restored = reopened.restore();

        assertThat(restored.edits()).isEqualTo(contents.unsavedEdits());
        assertThat(Deep.of(reopened.document().snapshot())).isEqualTo(edited);
        assertThat(reopened.stack().canRedo()).isFalse();

        reopened.stack().undo(); // journaled after what was restored
        reopened.awaitJournal();
        assertThat(JournalContents.read(journal).orElseThrow().unsavedEdits()).hasSize(7);
        reopened.save();
        assertThat(journal).doesNotExist();
    }

    @Test
    void aLineCutShortByTheCrashIsLeftOutAndTheRestRestored() throws Exception {
        Path json = Copies.bundledIn(dir);
        Path journal = json.resolveSibling("space-cooperation.json.journal");
        EditSession s = EditSession.open(json, EditJournal::beside);
        s.stack().apply(Edit.add(DatasetFileTest.entity("b1")));
        s.stack().apply(Edit.add(DatasetFileTest.entity("b2")));
        s.awaitJournal();
        Files.writeString(journal, "{\"op\":\"apply\",\"name\":\"add entity b3\",\"edit\":{\"edit\":\"add-en",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        EditSession reopened = EditSession.open(json, EditJournal::beside);
        assertThat(reopened.recovery().orElseThrow().cutShort()).isTrue();
        reopened.restore();

        assertThat(reopened.document().entity("b2")).isNotNull();
        assertThat(Files.readString(journal)).endsWith("\n").doesNotContain("b3");
        reopened.stack().apply(Edit.add(DatasetFileTest.entity("b4")));
        reopened.awaitJournal();
        assertThat(JournalContents.read(journal).orElseThrow().unsavedEdits())
                .containsExactly("add entity b1", "add entity b2", "add entity b4");
    }

    @Test
    void aJournalOfAFileChangedSinceSaysSoAndRestoresWhatStillApplies() throws Exception {
        Path json = Copies.bundledIn(dir);
        EditSession s = EditSession.open(json, EditJournal::beside);
        s.stack().apply(Edit.add(DatasetFileTest.entity("c1")));
        s.stack().apply(new Edit.DeleteEntity("jaxa"));
        Files.writeString(json, Files.readString(json).replace("\"jaxa\"", "\"jaxa2\"").replace("\"jaxa.", "\"jaxa2."));

        EditSession reopened = EditSession.open(json, EditJournal::beside);
        assertThat(reopened.journalMatchesFile()).isFalse();
        EditSession.Restored restored = reopened.restore();

        assertThat(restored.edits()).containsExactly("add entity c1");
        assertThat(restored.stoppedBecause()).startsWith("delete entity jaxa").contains("no entity \"jaxa\"");
    }

    @Test
    void discardingTheOfferDeletesTheJournalAndClosingWithoutEditsLeavesNone() throws Exception {
        Path json = Copies.bundledIn(dir);
        Path journal = EditJournal.beside(json);
        EditSession s = EditSession.open(json, EditJournal::beside);
        s.stack().apply(Edit.add(DatasetFileTest.entity("d1")));
        s.close();
        assertThat(journal).exists();

        EditSession reopened = EditSession.open(json, EditJournal::beside);
        reopened.discardRecovery();
        assertThat(journal).doesNotExist();
        assertThat(reopened.document().entity("d1")).isNull();
        reopened.stack().apply(Edit.add(DatasetFileTest.entity("d2")));
        reopened.stack().undo();
        reopened.close();
        assertThat(journal).as("nothing unsaved").doesNotExist();
    }

    @Test
    void aDatasetInAFolderThatCannotBeWrittenIsJournaledInTheAppsFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Path json = Copies.bundledIn(folder);
        EditSession.JournalPlace place = EditSession.JournalPlace.besideOr(dir.resolve("app"));
        assertThat(place.apply(json)).isEqualTo(EditJournal.beside(json));
        DatasetFileTest.ReadOnly readOnly = DatasetFileTest.ReadOnly.make(folder);
        try {
            org.assertj.core.api.Assumptions.assumeThat(readOnly.works()).isTrue();
            assertThat(place.apply(json)).isEqualTo(EditJournal.inFolder(dir.resolve("app"), json));
        } finally {
            readOnly.undo();
        }
    }

    @Test
    void aFileThatIsNotAJournalIsSetAsideAndDoesNotStopTheOpening() throws Exception {
        Path json = Copies.bundledIn(dir);
        Path journal = EditJournal.beside(json);
        Files.writeString(journal, "not a journal\nat all\n");

        EditSession s = EditSession.open(json, EditJournal::beside);

        assertThat(s.recovery()).isEmpty();
        assertThat(Files.readString(journal.resolveSibling("space-cooperation.json.journal.unreadable")))
                .isEqualTo("not a journal\nat all\n");
        s.stack().apply(Edit.add(DatasetFileTest.entity("e1")));
        s.awaitJournal();
        assertThat(JournalContents.read(journal).orElseThrow().unsavedEdits()).containsExactly("add entity e1");
    }

    @Test
    void journalsInTheAppsFolderDoNotMixUpFilesOfTheSameName() {
        Path a = EditJournal.inFolder(dir, Path.of("/one/data.json"));
        Path b = EditJournal.inFolder(dir, Path.of("/two/data.json"));
        assertThat(a).isNotEqualTo(b);
        assertThat(a.getParent()).isEqualTo(dir);
        assertThat(a.getFileName().toString()).startsWith("data.json-").endsWith(".journal");
    }
}
