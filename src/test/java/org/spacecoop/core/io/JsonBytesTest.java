package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class JsonBytesTest {

    /** A string value full of what the skim must follow: escaped quotes and backslashes, brackets, text. */
    private static String trickyString(Random random) {
        String[] parts = {"\\\"", "\\\\", "]", "}", "[", "{", "plain text ", "é", "\\u005d", "x"};
        StringBuilder sb = new StringBuilder("\"");
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) sb.append(parts[random.nextInt(parts.length)]);
        return sb.append('"').toString();
    }

    @Test
    void skipContainerEndsJustPastTheMatchingBracketWhateverTheStringsHold() throws IOException {
        Random random = new Random(5);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder json = new StringBuilder(" ".repeat(random.nextInt(9))).append("[");
            for (int e = 0; e < 1 + random.nextInt(5); e++) {
                if (e > 0) json.append(',');
                json.append("{\"k\": ").append(trickyString(random)).append(", \"a\": [").append(trickyString(random))
                        .append(", {}], \"n\": 1}");
            }
            json.append(']');
            int end = json.toString().getBytes(StandardCharsets.UTF_8).length;
            json.append(", \"after\": \"]}\"}");
            JsonBytes in = new JsonBytes(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(in.skipContainer()).as(json.toString()).isEqualTo(end);
        }
    }
}
