package org.spacecoop.core.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
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

    final byte[] block; // read by Evidence, which keeps these three instead of the list
    final int offset;
    final int count;

    EncodedReferences(byte[] block, int offset, int count) {
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
     * Packs lists of references into blocks. A list is packed reference by reference from bytes (a reader's
     * buffer, so no strings are made): {@link #startList}, {@link #add} each, then {@link #finishList}, or
     * {@link #unpackList} when a reference turns out not to be packable. Not thread-safe: one per thread; the
     * lists it returns may be read by any thread once handed over safely (they never change, and later lists go
     * to other bytes).
     */
    public static final class Packer {
        private static final int LARGEST_BLOCK = 1 << 20;
        private byte[] block = new byte[4096];
        private int used;
        private int listStart, listCount;

        /** Starts a list (dropping an unfinished one). */
        public void startList() {
            used = listStart;
            listCount = 0;
        }

        /**
         * Adds a reference to the list started, given as the ASCII characters of its url and title (which the
         * caller has checked); false, adding nothing, when either is over 65,535 characters.
         */
        public boolean add(byte[] url, int urlFrom, int urlLength, byte[] title, int titleFrom, int titleLength) {
            if (urlLength > MAX_LENGTH || titleLength > MAX_LENGTH) return false;
            int bytes = 4 + urlLength + titleLength;
            if (used + bytes > block.length) { // a new block, the list so far moved to its start; the old block stays with its lists
                int sofar = used - listStart;
                byte[] next = new byte[Math.max(sofar + bytes, Math.min(LARGEST_BLOCK, block.length * 2))];
                System.arraycopy(block, listStart, next, 0, sofar);
                block = next;
                listStart = 0;
                used = sofar;
            }
            put(url, urlFrom, urlLength);
            put(title, titleFrom, titleLength);
            listCount++;
            return true;
        }

        /** The list started, packed (an empty list when nothing was added); the next list follows it. */
        public List<Reference> finishList() {
            List<Reference> out = listCount == 0 ? List.of() : new EncodedReferences(block, listStart, listCount);
            listStart = used;
            listCount = 0;
            return out;
        }

        /** The references added to the list started, as records in a list the caller may add to; their bytes are dropped. */
        public List<Reference> unpackList() {
            List<Reference> out = new ArrayList<>(new EncodedReferences(block, listStart, listCount));
            startList();
            return out;
        }

        private void put(byte[] b, int from, int length) {
            block[used++] = (byte) (length >>> 8);
            block[used++] = (byte) length;
            System.arraycopy(b, from, block, used, length);
            used += length;
        }
    }
}
