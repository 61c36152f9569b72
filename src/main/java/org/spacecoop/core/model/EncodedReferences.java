package org.spacecoop.core.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of references kept as ASCII bytes in a shared block, one object in all, and turned back into
 * {@link Reference} records when read. A loader keeps a million relations' references this way: as records they
 * were five objects each (the list, the reference, two strings and their byte arrays), which the garbage
 * collector copied and traced during every load; the block is one array it copies in one go. Equal to any list
 * of the same references.
 * <p>
 * Each reference is its url's length (two bytes), its url, its title's length and its title.
 */
public final class EncodedReferences extends AbstractList<Reference> implements RandomAccess {
    private static final int MAX_LENGTH = 0xffff;

    private final byte[] block;
    private final int offset;
    private final int count;

    private EncodedReferences(byte[] block, int offset, int count) {
        this.block = block;
        this.offset = offset;
        this.count = count;
    }

    @Override
    public Reference get(int index) {
        if (index < 0 || index >= count) throw new IndexOutOfBoundsException(index);
        int at = offset;
        for (int i = 0; i < index; i++) {
            at += 2 + length(at);
            at += 2 + length(at);
        }
        int urlLength = length(at);
        String url = new String(block, at + 2, urlLength, StandardCharsets.ISO_8859_1);
        at += 2 + urlLength;
        return new Reference(url, new String(block, at + 2, length(at), StandardCharsets.ISO_8859_1));
    }

    @Override
    public int size() {
        return count;
    }

    private int length(int at) {
        return (block[at] & 0xff) << 8 | block[at + 1] & 0xff;
    }

    /**
     * Packs lists of references into blocks. Not thread-safe: one per thread; the lists it returns may be read by
     * any thread once handed over safely (they never change, and later lists go to other bytes).
     */
    public static final class Packer {
        private static final int LARGEST_BLOCK = 1 << 20;
        private byte[] block = new byte[4096];
        private int used;

        /** The references packed; the list itself when they cannot be (a null or non-ASCII text, or one over 65,535). */
        public List<Reference> pack(List<Reference> references) {
            if (references.isEmpty()) return references;
            int bytes = 0;
            for (Reference r : references) {
                if (!packable(r.url()) || !packable(r.title())) return references;
                bytes += 4 + r.url().length() + r.title().length();
            }
            if (used + bytes > block.length) {
                block = new byte[Math.max(bytes, Math.min(LARGEST_BLOCK, block.length * 2))]; // the old block stays with its lists
                used = 0;
            }
            int start = used;
            for (Reference r : references) {
                put(r.url());
                put(r.title());
            }
            return new EncodedReferences(block, start, references.size());
        }

        private static boolean packable(String s) {
            if (s == null || s.length() > MAX_LENGTH) return false;
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) return false;
            return true;
        }

        private void put(String s) {
            block[used++] = (byte) (s.length() >>> 8);
            block[used++] = (byte) s.length();
            for (int i = 0; i < s.length(); i++) block[used++] = (byte) s.charAt(i); // ASCII: a byte per character
        }
    }
}
