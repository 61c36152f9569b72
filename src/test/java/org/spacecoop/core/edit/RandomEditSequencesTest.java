package org.spacecoop.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.RecordChecks;
import org.spacecoop.core.model.Dataset;

/**
 * Property: for random sequences of 1,000 edits of the bundled dataset, undoing every step gives back the original
 * dataset, field for field, and redoing them gives what applying gave; a refused edit changes nothing.
 */
class RandomEditSequencesTest {

    static final Path BUNDLED = Path.of("data/space-cooperation.json");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void undoingEveryStepGivesTheOriginalAndRedoingGivesWhatApplyingGave(long seed) throws Exception {
        Dataset original = DatasetReader.load(BUNDLED);
        EditStack stack = new EditStack(new DatasetDocument(original), RecordChecks.documentsBeside(BUNDLED));
        RandomEdits edits = new RandomEdits(seed, stack.document());
        String start = Deep.fingerprint(stack.document().snapshot());
        List<String> states = new ArrayList<>(List.of(start));
        int refused = 0;

        while (states.size() <= 1000) {
            Edit edit = edits.next(stack.document());
            String before = states.get(states.size() - 1);
            try {
                Step step = stack.apply(edit);
                if (step.isEmpty()) continue;
                assertThat(step.name()).isNotBlank();
                states.add(Deep.fingerprint(stack.document().snapshot()));
            } catch (EditRejected e) {
                refused++;
                assertThat(e.problems()).isNotEmpty();
                if (refused % 4 == 0) assertThat(Deep.fingerprint(stack.document().snapshot())).isEqualTo(before);
            }
        }
        String applied = states.get(1000);
        assertThat(applied).isNotEqualTo(start);
        assertThat(refused).as("some edits were refused").isPositive();

        for (int i = 999; i >= 0; i--) {
            stack.undo();
            if (i % 50 == 0) assertThat(Deep.fingerprint(stack.document().snapshot())).as("after undo to %d", i).isEqualTo(states.get(i));
        }
        assertThat(stack.canUndo()).isFalse();
        assertThat(Deep.of(stack.document().snapshot())).isEqualTo(Deep.of(original));
        assertThat(stack.isModified()).isFalse();

        for (int i = 1; i <= 1000; i++) stack.redo();
        assertThat(Deep.fingerprint(stack.document().snapshot())).isEqualTo(applied);
        assertThat(stack.canRedo()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void undoAndRedoInterleavedWithEditsFollowTheirHistory(long seed) throws Exception {
        EditStack stack = new EditStack(new DatasetDocument(DatasetReader.load(BUNDLED)), RecordChecks.documentsBeside(BUNDLED));
        RandomEdits edits = new RandomEdits(seed, stack.document());
        SplittableRandom random = new SplittableRandom(seed);
        List<String> history = new ArrayList<>(List.of(Deep.fingerprint(stack.document().snapshot())));
        int position = 0;
        for (int n = 0; n < 1000; n++) {
            int move = random.nextInt(10);
            if (move < 2 && stack.canUndo()) {
                stack.undo();
                position--;
            } else if (move < 4 && stack.canRedo()) {
                stack.redo();
                position++;
            } else {
                try {
                    if (stack.apply(edits.next(stack.document())).isEmpty()) continue;
                } catch (EditRejected e) {
                    continue;
                }
                history.subList(position + 1, history.size()).clear();
                history.add(Deep.fingerprint(stack.document().snapshot()));
                position++;
                continue;
            }
            String now = Deep.fingerprint(stack.document().snapshot());
            if (!now.equals(history.get(position))) fail("state after move " + n + " differs from its history");
        }
        while (stack.canUndo()) stack.undo();
        assertThat(Deep.fingerprint(stack.document().snapshot())).isEqualTo(history.get(0));
    }
}
