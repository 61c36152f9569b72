package org.spacecoop.core.edit;

import java.nio.file.Path;
import java.util.List;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Status;

/**
 * A session that never saves, for {@link CrashRecoveryTest} to kill: opens the dataset given, applies edits one by
 * one (adding entity {@code crash-N}, and every fifth time undoing and redoing it) and prints {@code ack N} once
 * edit N is journaled, then waits to be killed.
 * Arguments: the dataset file, the journal file, the number of edits.
 */
public final class JournalCrashMain {

    private JournalCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        Path journal = Path.of(args[1]);
        EditSession session = EditSession.open(Path.of(args[0]), p -> journal);
        int n = Integer.parseInt(args[2]);
        System.out.println("ready");
        for (int i = 0; i < n; i++) {
            session.stack().apply(Edit.add(new Entity("crash-" + i, "Crash " + i, List.of(), EntityKind.AGENCY, null,
                    "Added before the process was killed.", null, null, Status.PLANNED, false, null)));
            if (i % 5 == 4) {
                session.stack().undo();
                session.stack().redo();
            }
            if (session.journalProblem() != null) throw session.journalProblem();
            System.out.println("ack " + i);
            System.out.flush();
            Thread.sleep(5);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
