package org.spacecoop.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.DatasetWriter;
import org.spacecoop.core.files.FileWriteException;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Status;

class DatasetFileTest {

    @TempDir
    Path dir;

    static Entity entity(String id) {
        return new Entity(id, "Entity " + id, List.of(), EntityKind.AGENCY, null, "An agency.", null, null, Status.PLANNED, false, null);
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSaveWritesTheEditAndKeepsThePreviousVersionAsBak() throws Exception {
        Path json = Copies.bundledIn(dir);
        byte[] original = Files.readAllBytes(json);
        EditSession session = EditSession.open(json, p -> dir.resolve("journal"));
        session.stack().apply(Edit.add(entity("new-agency")));

        session.save();

        assertThat(Files.readAllBytes(json.resolveSibling("space-cooperation.json.bak"))).isEqualTo(original);
        assertThat(DatasetReader.load(json).entities()).extracting(Entity::id).contains("new-agency");
        assertThat(Files.readAllBytes(json)).isEqualTo(DatasetWriter.toBytes(session.document().snapshot()));
        assertThat(session.stack().isModified()).isFalse();
        assertThat(session.diskState()).isEqualTo(DatasetFile.DiskState.UNCHANGED);
        assertThat(names(dir)).as("the journal is gone once saved")
                .containsExactly("sources", "space-cooperation.json", "space-cooperation.json.bak");
    }

    @Test
    void savingWithoutEditsGivesTheSameBytes() throws Exception {
        Path json = Copies.bundledIn(dir);
        DatasetFile file = DatasetFile.open(json);
        assertThat(file.wasCanonical()).isTrue();

        DatasetFile copy = file.saveAs(file.dataset(), dir.resolve("copy.json"));

        assertThat(Files.readAllBytes(copy.path())).isEqualTo(Files.readAllBytes(json));
    }

    @Test
    void aFailureMidWriteLeavesTheOldFileByteForByteAndNoTemporaryFile() throws Exception {
        Path json = Copies.bundledIn(dir);
        byte[] original = Files.readAllBytes(json);
        DatasetFile file = DatasetFile.open(json);
        byte[] edited = DatasetWriter.toBytes(new DatasetDocument(file.dataset()).snapshot()).clone();
        edited[edited.length / 2] = 'X';

        assertThatThrownBy(() -> file.write(json, edited, out -> new DiskFullAfter(out, edited.length / 3)))
                .isInstanceOf(FileWriteException.class).hasMessageContaining("the disk is full");

        assertThat(Files.readAllBytes(json)).isEqualTo(original);
        assertThat(names(dir)).allMatch(n -> !n.endsWith(".tmp"))
                .containsExactly("sources", "space-cooperation.json", "space-cooperation.json.bak");
        assertThat(file.diskState()).isEqualTo(DatasetFile.DiskState.UNCHANGED);
    }

    @Test
    void aReadOnlyFolderGivesAClearErrorAndTheEditsStayInMemoryAndInTheJournal() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Path json = Copies.bundledIn(folder);
        byte[] original = Files.readAllBytes(json);
        Path journal = dir.resolve("app/journal");
        EditSession session = EditSession.open(json, p -> journal);
        session.stack().apply(Edit.add(entity("kept-in-memory")));
        ReadOnly readOnly = ReadOnly.make(folder);
        try {
            assumeThat(readOnly.works()).as("the folder could be made read-only for this user").isTrue();

            assertThatThrownBy(session::save).isInstanceOf(FileWriteException.class)
                    .hasMessageContaining("Cannot write " + folder.toAbsolutePath().normalize());
        } finally {
            readOnly.undo();
        }
        assertThat(Files.readAllBytes(json)).isEqualTo(original);
        assertThat(session.document().entity("kept-in-memory")).isNotNull();
        assertThat(session.stack().isModified()).isTrue();
        assertThat(session.stack().undoName()).contains("add entity kept-in-memory");
        session.awaitJournal();
        assertThat(JournalContents.read(journal).orElseThrow().unsavedEdits()).containsExactly("add entity kept-in-memory");
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenUnlessTheUserSaysSo() throws Exception {
        Path json = Copies.bundledIn(dir);
        EditSession session = EditSession.open(json, p -> dir.resolve("journal"));
        session.stack().apply(Edit.add(entity("mine")));
        String theirs = Files.readString(json).replace("\"title\": \"Space cooperation", "\"title\": \"Their space cooperation");
        Files.writeString(json, theirs);

        assertThat(session.diskState()).isEqualTo(DatasetFile.DiskState.CHANGED);
        assertThatThrownBy(session::save).isInstanceOfSatisfying(ChangedOnDiskException.class,
                e -> assertThat(e.state()).isEqualTo(DatasetFile.DiskState.CHANGED))
                .hasMessageContaining("was changed by another program since it was opened");
        assertThat(Files.readString(json)).isEqualTo(theirs);

        session.saveOverwriting();
        assertThat(DatasetReader.load(json).entities()).extracting(Entity::id).contains("mine");
        assertThat(Files.readString(json.resolveSibling("space-cooperation.json.bak"))).isEqualTo(theirs);

        Files.delete(json);
        assertThat(session.diskState()).isEqualTo(DatasetFile.DiskState.MISSING);
        assertThatThrownBy(session::save).isInstanceOf(ChangedOnDiskException.class).hasMessageContaining("was removed");
    }

    @Test
    void aFileInAnotherLayoutIsKnownSoTheAppCanSayItWillBeRewritten() throws Exception {
        Path json = Copies.bundledIn(dir);
        Files.writeString(json, Files.readString(json).replace("\n      \"", "\n  \""));

        assertThat(DatasetFile.open(json).wasCanonical()).isFalse();
    }

    /** A disk that fills up after some bytes. */
    static final class DiskFullAfter extends FilterOutputStream {
        private long room;

        DiskFullAfter(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, room);
            out.write(b, off, n);
            room -= n;
            if (n < len) throw new IOException("No space left on device");
        }
    }

    /**
     * Makes a folder read-only for this process: without write permission, and for root (whom permissions do not
     * stop) immutable with chattr where the file system allows it.
     */
    record ReadOnly(Path folder, boolean immutable) {
        static ReadOnly make(Path folder) throws Exception {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            if (Files.isWritable(folder)) {
                try {
                    Process p = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
                    p.getInputStream().readAllBytes();
                    return new ReadOnly(folder, p.waitFor() == 0);
                } catch (IOException e) {
                    return new ReadOnly(folder, false);
                }
            }
            return new ReadOnly(folder, false);
        }

        boolean works() {
            return !Files.isWritable(folder);
        }

        void undo() throws Exception {
            if (immutable) new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
