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
            long at = Places.pack(i + 1, 5);
            Long first = reference.putIfAbsent(id, at);
            assertThat(table.putIfAbsent(id, at)).isEqualTo(first == null ? -1 : first);
        }
        assertThat(table.size()).isEqualTo(reference.size());
    }
}
