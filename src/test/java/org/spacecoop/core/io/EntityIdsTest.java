package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.io.Drafts.EntityDraft;

class EntityIdsTest {

    /** Ids of every length from 1 to 70, many sharing long prefixes, so words, tails and hashes all matter. */
    private static List<EntityDraft> drafts() {
        List<EntityDraft> out = new ArrayList<>();
        String prefix = "international-organisation-of-space-agencies-and-companies-and-programs-";
        for (int n = 1; n <= 70; n++) {
            for (char last : new char[] {'a', 'b', '7'}) {
                EntityDraft d = new EntityDraft();
                d.id = prefix.substring(0, n - 1) + last;
                d.index = out.size();
                out.add(d);
            }
        }
        for (int i = 0; i < 5_000; i++) {
            EntityDraft d = new EntityDraft();
            d.id = "country-" + i;
            d.index = out.size();
            out.add(d);
        }
        return out;
    }

    /** The table's own answer: a new finder remembers no earlier ends. */
    private static EntityDraft table(EntityIds ids, byte[] b, int from, int to) {
        return ids.new Finder().find(b, from, to);
    }

    @Test
    void findsEveryIdFromItsBytesWhereverTheyLieInABuffer() {
        List<EntityDraft> drafts = drafts();
        EntityIds ids = new EntityIds(drafts);
        for (EntityDraft d : drafts) {
            byte[] id = d.id.getBytes(StandardCharsets.US_ASCII);
            // in the middle of a larger buffer, and flush against its end (no room to read eight bytes past it)
            byte[] middle = new byte[id.length + 40];
            System.arraycopy(id, 0, middle, 13, id.length);
            Arrays.fill(middle, 13 + id.length, middle.length, (byte) '"');
            assertThat(table(ids, middle, 13, 13 + id.length)).isSameAs(d);
            byte[] atEnd = new byte[id.length + 3];
            System.arraycopy(id, 0, atEnd, 3, id.length);
            assertThat(table(ids, atEnd, 3, atEnd.length)).isSameAs(d);
        }
    }

    @Test
    void findsNothingForIdsThatDifferInAnyByteOrInLength() {
        List<EntityDraft> drafts = drafts();
        EntityIds ids = new EntityIds(drafts);
        for (EntityDraft d : drafts) {
            byte[] id = d.id.getBytes(StandardCharsets.US_ASCII);
            for (int k = 0; k < id.length; k++) {
                byte[] other = id.clone();
                other[k] = (byte) '#';
                assertThat(table(ids, other, 0, other.length)).isNull();
            }
            byte[] longer = Arrays.copyOf(id, id.length + 1);
            longer[id.length] = 'x';
            assertThat(table(ids, longer, 0, longer.length)).isNull();
            if (id.length > 1 && table(ids, id, 0, id.length - 1) != null) { // a shorter id may exist: the right one
                assertThat(table(ids, id, 0, id.length - 1).id).hasSize(id.length - 1);
            }
        }
    }

    @Test
    void aFinderAnswersLikeTheTableWhateverItRemembers() {
        List<EntityDraft> drafts = drafts();
        EntityIds ids = new EntityIds(drafts);
        EntityIds.Finder finder = ids.new Finder();
        java.util.Random random = new java.util.Random(5);
        // mostly the last two again (as relation ends come), ids sharing prefixes and differing in length or the
        // last byte, some unknown
        for (int i = 0; i < 50_000; i++) {
            int k = random.nextInt(10) < 6 ? random.nextInt(4) : random.nextInt(drafts.size());
            String id = drafts.get(k).id;
            if (random.nextInt(20) == 0) id = id + "x";
            byte[] b = ("\"" + id + "\"").getBytes(StandardCharsets.US_ASCII);
            EntityDraft expected = id.endsWith("x") ? table(ids, b, 1, b.length - 1) : drafts.get(k);
            assertThat(finder.find(b, 1, b.length - 1)).as(id).isSameAs(expected);
        }
        // long ids sharing their first 24 bytes, alternating (never taken for one another)
        EntityDraft a = drafts.get(3 * 40), c = drafts.get(3 * 40 + 1);
        for (int i = 0; i < 10; i++) {
            EntityDraft d = i % 2 == 0 ? a : c;
            byte[] b = d.id.getBytes(StandardCharsets.US_ASCII);
            assertThat(finder.find(b, 0, b.length)).isSameAs(d);
        }
    }
}
