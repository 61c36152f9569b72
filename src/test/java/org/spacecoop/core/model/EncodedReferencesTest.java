package org.spacecoop.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void packedListsReadBackAsTheReferencesTheyWereAcrossManyBlocks() {
        Random random = new Random(11);
        EncodedReferences.Packer packer = new EncodedReferences.Packer();
        List<List<Reference>> originals = new ArrayList<>(), packed = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) { // about 4 MB: blocks fill up and new ones start
            List<Reference> refs = references(random, 1 + random.nextInt(4));
            originals.add(refs);
            packed.add(packer.pack(refs));
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
    void listsThatCannotBePackedStayAsTheyAre() {
        EncodedReferences.Packer packer = new EncodedReferences.Packer();
        List<Reference> nonAscii = List.of(new Reference("https://example.org/a", "Chang'e-6 · 嫦娥六号"));
        List<Reference> nullTitle = List.of(new Reference("https://example.org/b", null));
        List<Reference> tooLong = List.of(new Reference("https://example.org/" + "z".repeat(70_000), "t"));
        assertThat(packer.pack(nonAscii)).isSameAs(nonAscii);
        assertThat(packer.pack(nullTitle)).isSameAs(nullTitle);
        assertThat(packer.pack(tooLong)).isSameAs(tooLong);
        assertThat(packer.pack(List.of())).isEmpty();
    }

    @Test
    void aPackedListIsImmutableAndChecksItsIndex() {
        List<Reference> p = new EncodedReferences.Packer().pack(List.of(new Reference("https://a.example/", "A")));
        assertThatThrownBy(() -> p.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> p.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> p.add(new Reference("https://b.example/", "B")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(p).containsExactly(new Reference("https://a.example/", "A"));
    }
}
