package org.spacecoop.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EncodedReferencesTest {

    private static List<Reference> references(Random random, int n) {
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Reference("https://example.org/" + "x".repeat(random.nextInt(300)) + i,
                    random.nextInt(5) == 0 ? "" : "Title " + "y".repeat(random.nextInt(700))));
        }
        return List.copyOf(out);
    }

    /** Packs a list as the fast reader does, reference by reference from bytes. */
    private static List<Reference> pack(EncodedReferences.Packer packer, List<Reference> references) {
        packer.startList();
        for (Reference r : references) {
            byte[] url = r.url().getBytes(StandardCharsets.US_ASCII), title = r.title().getBytes(StandardCharsets.US_ASCII);
            assertThat(packer.add(url, 0, url.length, title, 0, title.length)).isTrue();
        }
        return packer.finishList();
    }

    @Test
    void packedListsReadBackAsTheReferencesTheyWereAcrossManyBlocks() {
        Random random = new Random(11);
        EncodedReferences.Packer packer = new EncodedReferences.Packer();
        List<List<Reference>> originals = new ArrayList<>(), packed = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) { // about 4 MB: blocks fill up and new ones start
            List<Reference> refs = references(random, 1 + random.nextInt(4));
            originals.add(refs);
            packed.add(pack(packer, refs));
        }
        for (int i = 0; i < originals.size(); i++) { // read after all were packed: later lists leave earlier ones alone
            List<Reference> p = packed.get(i);
            assertThat(p).isInstanceOf(EncodedReferences.class);
            assertThat(p).containsExactlyElementsOf(originals.get(i));
            assertThat(p).isEqualTo(originals.get(i));
            assertThat(p.hashCode()).isEqualTo(originals.get(i).hashCode());
            Evidence evidence = new Evidence(List.of(), p); // kept packed, not copied into records
            assertThat(evidence.references()).isInstanceOf(EncodedReferences.class).isEqualTo(p);
            assertThat(evidence).isEqualTo(new Evidence(List.of(), originals.get(i)));
            assertThat(evidence.hashCode()).isEqualTo(new Evidence(List.of(), originals.get(i)).hashCode());
        }
    }

    @Test
    void aTooLongTextIsNotAddedAndTheListSoFarComesBackAsRecords() {
        EncodedReferences.Packer packer = new EncodedReferences.Packer();
        List<Reference> before = pack(packer, List.of(new Reference("https://example.org/0", "Before")));
        List<Reference> two = List.of(new Reference("https://example.org/a", "A"), new Reference("https://example.org/b", ""));
        packer.startList();
        for (Reference r : two) {
            byte[] url = r.url().getBytes(StandardCharsets.US_ASCII), title = r.title().getBytes(StandardCharsets.US_ASCII);
            packer.add(url, 0, url.length, title, 0, title.length);
        }
        byte[] tooLong = ("https://example.org/" + "z".repeat(70_000)).getBytes(StandardCharsets.US_ASCII);
        assertThat(packer.add(tooLong, 0, tooLong.length, new byte[0], 0, 0)).isFalse();
        List<Reference> records = packer.unpackList();
        assertThat(records).isNotInstanceOf(EncodedReferences.class).containsExactlyElementsOf(two);
        records.add(new Reference("https://example.org/c", "C")); // the reader goes on adding records to it
        // the next list takes the dropped bytes' place; the earlier list is untouched
        List<Reference> after = pack(packer, List.of(new Reference("https://example.org/after", "After")));
        assertThat(after).containsExactly(new Reference("https://example.org/after", "After"));
        assertThat(before).containsExactly(new Reference("https://example.org/0", "Before"));
        assertThat(pack(packer, List.of())).isEmpty();
    }

    @Test
    void aPackedListIsImmutableAndChecksItsIndex() {
        List<Reference> p = pack(new EncodedReferences.Packer(), List.of(new Reference("https://a.example/", "A")));
        assertThatThrownBy(() -> p.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> p.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> p.add(new Reference("https://b.example/", "B")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(p).containsExactly(new Reference("https://a.example/", "A"));
    }
}
