package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    void firstRepeatNamesTheFirstIdThatRepeatsAnEarlierOne() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) ids.add("rel-" + i);
        assertThat(IdPositions.firstRepeat(ids, id -> id)).isNull();
        ids.add("rel-777"); // the first repeat in list order
        ids.add("rel-5");
        assertThat(IdPositions.firstRepeat(ids, id -> id)).isEqualTo("rel-777");
        assertThat(IdPositions.firstRepeat(List.of("a", "b", "b", "a"), id -> id)).isEqualTo("b");
        assertThat(IdPositions.firstRepeat(List.<String>of(), id -> id)).isNull();
        // ids whose String hashes collide ("Aa" and "BB") are told apart by equality
        assertThat(IdPositions.firstRepeat(List.of("Aa", "BB", "AaBB", "BBAa", "AaAa"), id -> id)).isNull();
        assertThat(IdPositions.firstRepeat(List.of("Aa", "BB", "BB"), id -> id)).isEqualTo("BB");
    }
}
