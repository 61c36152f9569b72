package org.spacecoop.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.model.Entity;

/** A session killed mid-edit (no shutdown, no save) loses none of the edits it acknowledged. */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEditOfAKilledProcessIsRestored() throws Exception {
        Path json = Copies.bundledIn(dir);
        byte[] original = Files.readAllBytes(json);
        Path journal = dir.resolve("app/space-cooperation.json.journal");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                JournalCrashMain.class.getName(), json.toString(), journal.toString(), "100000")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) acknowledged = Integer.parseInt(line.substring(4));
                if (acknowledged >= 40) break;
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the session was killed").isTrue();
        }
        assertThat(acknowledged).as("the session acknowledged edits before it was killed").isGreaterThanOrEqualTo(40);
        assertThat(Files.readAllBytes(json)).as("nothing was saved").isEqualTo(original);

        EditSession reopened = EditSession.open(json, f -> journal);
        assertThat(reopened.recovery()).isPresent();
        assertThat(reopened.journalMatchesFile()).isTrue();
        assertThat(reopened.recovery().get().unsavedEdits()).startsWith("add entity crash-0", "add entity crash-1")
                .hasSizeGreaterThan(acknowledged);
        assertThat(reopened.document().entity("crash-0")).as("nothing applied before restoring").isNull();

        EditSession.Restored restored = reopened.restore();

        assertThat(restored.stoppedBecause()).isNull();
        for (int i = 0; i <= acknowledged; i++) {
            Entity e = reopened.document().entity("crash-" + i);
            assertThat(e).as("acknowledged edit %d", i).isNotNull();
            assertThat(e.name()).isEqualTo("Crash " + i);
        }
        assertThat(restored.edits()).hasSize(reopened.stack().history().size()).hasSizeGreaterThan(acknowledged);
        assertThat(reopened.stack().isModified()).isTrue();

        reopened.save();
        assertThat(journal).doesNotExist();
        assertThat(EditSession.open(json, f -> journal).document().entity("crash-" + acknowledged)).isNotNull();
    }
}
