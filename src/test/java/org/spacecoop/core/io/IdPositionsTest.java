package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IdPositionsTest {

    @Test
    void answersLikeAHashMapThroughManyGrowths() {
        IdPositions table = new IdPositions();
        Map<String, Long> reference = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            String id = "rel-" + random.nextInt(120_000);
            long at = JsonCursor.pack(i + 1, 5);
            Long first = reference.putIfAbsent(id, at);
            assertThat(table.putIfAbsent(id, at)).isEqualTo(first == null ? -1 : first);
        }
        assertThat(table.size()).isEqualTo(reference.size());
    }

    @Test
    void idsAddedUncheckedAreCheckedInOneLoopThatNamesTheFirstRepeat() {
        IdPositions table = new IdPositions(4); // grows many times while tabling
        for (int i = 0; i < 100_000; i++) table.addUnchecked("rel-" + i);
        table.addUnchecked("rel-777"); // the first repeat in file order
        table.addUnchecked("rel-5");
        assertThat(table.tableUnchecked()).isEqualTo("rel-777");
        assertThat(table.tableUnchecked()).isNull(); // nothing left to table
        assertThat(table.putIfAbsent("rel-99999", 9)).isEqualTo(0); // tabled ids are found (position unknown: 0)
        assertThat(table.putIfAbsent("rel-100000", 9)).isEqualTo(-1);

        IdPositions unique = new IdPositions(4);
        for (int i = 0; i < 50_000; i++) unique.addUnchecked("agency-" + i + ".member-of.program-" + (i % 97));
        assertThat(unique.tableUnchecked()).isNull();
    }

    @Test
    void aLookUpWithUncheckedIdsPendingRefusesRatherThanMissThem() {
        IdPositions table = new IdPositions();
        table.addUnchecked("a");
        table.addUnchecked("a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.putIfAbsent("b", 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
