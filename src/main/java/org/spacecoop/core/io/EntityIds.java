package org.spacecoop.core.io;

import java.util.List;

import org.spacecoop.core.io.Drafts.EntityDraft;

/**
 * Entity ids in an open-addressing table, looked up from ASCII bytes without making a string. A slot is four
 * longs: the id's hash, length and position, then its first 24 bytes, so that finding an id usually reads
 * one cache line (longer ids are compared in a pool of all ids' bytes). A million random look-ups into
 * 250,000 strings spent most of their time waiting for memory: the table, then the string, then its bytes.
 * The hash is {@link String#hashCode()}'s, which for ASCII is the same over bytes and over characters.
 */
final class EntityIds {
    private static final int INLINE = 24;
    private final List<EntityDraft> entities;
    private final long[] slots;
    private final int mask;
    private final byte[] pool;
    private final int[] offsets;

    EntityIds(List<EntityDraft> entities) {
        if (entities.size() >= 1 << 24) throw JsonBytes.giveUp(); // positions take 24 bits of a slot
        this.entities = entities;
        int size = Integer.highestOneBit(Math.max(4, entities.size() * 2) - 1) << 1;
        slots = new long[size * 4];
        mask = size - 1;
        offsets = new int[entities.size() + 1];
        long bytes = 0;
        for (EntityDraft e : entities) bytes += e.id.length();
        if (bytes > Integer.MAX_VALUE - 16) throw JsonBytes.giveUp();
        pool = new byte[(int) bytes];
        for (int k = 0; k < entities.size(); k++) {
            String id = entities.get(k).id;
            if (id.length() > 255) throw JsonBytes.giveUp();
            for (int c = 0; c < id.length(); c++) {
                char ch = id.charAt(c);
                if (ch > 0x7f) throw JsonBytes.giveUp(); // ids are ASCII when valid
                pool[offsets[k] + c] = (byte) ch;
            }
            offsets[k + 1] = offsets[k] + id.length();
            long head = head(id.hashCode(), id.length(), k);
            int i = slot(id.hashCode());
            while (slots[4 * i] != 0) {
                if (slots[4 * i] >>> 24 == head >>> 24 && entities.get(position(slots[4 * i])).id.equals(id)) {
                    throw JsonBytes.giveUp(); // a duplicate: the validator reports it
                }
                i = (i + 1) & mask;
            }
            slots[4 * i] = head;
            for (int w = 0; w < 3; w++) slots[4 * i + 1 + w] = word(pool, offsets[k], id.length(), w);
        }
    }

    /** Hash, length (8 bits) and position + 1 (24 bits), never 0. */
    private static long head(int hash, int length, int position) {
        return (long) hash << 32 | (long) length << 24 | (position + 1);
    }

    private static int position(long head) {
        return (int) (head & 0xffffff) - 1;
    }

    /** Bytes {@code 8w .. 8w + 7} of {@code b[from, from + n)} (at most {@value #INLINE}), little-endian, 0-padded. */
    private static long word(byte[] b, int from, int n, int w) {
        long v = 0;
        int end = Math.min(Math.min(n, INLINE), 8 * w + 8);
        for (int k = end - 1; k >= 8 * w; k--) v = v << 8 | (b[from + k] & 0xff);
        return v;
    }

    EntityDraft find(byte[] b, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) h = 31 * h + b[k];
        int n = to - from;
        if (n > 255) return null;
        long key = head(h, n, 0) >>> 24;
        for (int i = slot(h); slots[4 * i] != 0; i = (i + 1) & mask) {
            long head = slots[4 * i];
            if (head >>> 24 != key) continue;
            if (slots[4 * i + 1] != word(b, from, n, 0) || n > 8 && slots[4 * i + 2] != word(b, from, n, 1)
                    || n > 16 && slots[4 * i + 3] != word(b, from, n, 2)) continue;
            int k = position(head);
            if (n > INLINE && !same(pool, offsets[k] + INLINE, b, from + INLINE, n - INLINE)) continue;
            return entities.get(k);
        }
        return null;
    }

    /**
     * The first slot to try: the hash's bits mixed (Fibonacci hashing). String hashes of "agency-1",
     * "agency-2", … differ in their low bits by small steps, and taken as they are they fill the table in runs
     * that linear probing walks through.
     */
    private int slot(int h) {
        int x = h * 0x9E3779B9;
        return (x ^ x >>> 16) & mask;
    }

    private static boolean same(byte[] a, int i, byte[] b, int j, int n) {
        for (int k = 0; k < n; k++) if (a[i + k] != b[j + k]) return false;
        return true;
    }
}
