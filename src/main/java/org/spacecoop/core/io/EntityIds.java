package org.spacecoop.core.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;

import org.spacecoop.core.io.Drafts.EntityDraft;

/**
 * Entity ids in an open-addressing table, looked up from ASCII bytes without making a string. A slot is four
 * longs: the id's hash, length and position, then its first 24 bytes, so that finding an id usually reads
 * one cache line (longer ids are compared in a pool of all ids' bytes). A million random look-ups into
 * 250,000 strings spent most of their time waiting for memory: the table, then the string, then its bytes.
 * The bytes are read and hashed eight at a time: byte by byte, the hash and the words took as long as the
 * memory waits.
 */
final class EntityIds {
    private static final int INLINE = 24;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
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
        int[] hashes = new int[entities.size()];
        for (int k = 0; k < entities.size(); k++) {
            String id = entities.get(k).id;
            int n = id.length();
            if (n > 255) throw JsonBytes.giveUp();
            int at = offsets[k];
            for (int c = 0; c < n; c++) {
                char ch = id.charAt(c);
                if (ch > 0x7f) throw JsonBytes.giveUp(); // ids are ASCII when valid
                pool[at + c] = (byte) ch;
            }
            offsets[k + 1] = at + n;
            hashes[k] = hash(pool, at, n, word(pool, at, n, 0), word(pool, at, n, 1), word(pool, at, n, 2));
        }
        // inserted in the order of their slots, so that the table is written front to back: in file order each
        // insertion waited for a cache miss (70 ms for 250,000 ids). The slots' contents are first laid out in
        // that order (a counting sort by the slot's top bits), reading the ids in file order.
        int bits = Math.min(16, Integer.numberOfTrailingZeros(size)), shift = Integer.numberOfTrailingZeros(size) - bits;
        int[] starts = new int[(1 << bits) + 1];
        for (int h : hashes) starts[(slot(h) >>> shift) + 1]++;
        for (int b = 0; b < 1 << bits; b++) starts[b + 1] += starts[b];
        long[] sorted = new long[4 * hashes.length];
        for (int k = 0; k < hashes.length; k++) {
            int at = offsets[k], n = offsets[k + 1] - at, j = 4 * starts[slot(hashes[k]) >>> shift]++;
            sorted[j] = head(hashes[k], n, k);
            for (int w = 0; w < 3; w++) sorted[j + 1 + w] = word(pool, at, n, w);
        }
        for (int j = 0; j < sorted.length; j += 4) {
            long head = sorted[j];
            int i = slot((int) (head >>> 32));
            while (slots[4 * i] != 0) {
                if (slots[4 * i] >>> 24 == head >>> 24
                        && entities.get(position(slots[4 * i])).id.equals(entities.get(position(head)).id)) {
                    throw JsonBytes.giveUp(); // a duplicate: the validator reports it
                }
                i = (i + 1) & mask;
            }
            System.arraycopy(sorted, j, slots, 4 * i, 4);
        }
    }

    /** Hash, length (8 bits) and position + 1 (24 bits), never 0. */
    private static long head(int hash, int length, int position) {
        return (long) hash << 32 | (long) length << 24 | (position + 1);
    }

    private static int position(long head) {
        return (int) (head & 0xffffff) - 1;
    }

    /** Bytes {@code 8w .. 8w + 7} of {@code b[from, from + n)}, little-endian, 0-padded past {@code n}. */
    static long word(byte[] b, int from, int n, int w) {
        int left = n - 8 * w;
        if (left <= 0) return 0;
        int at = from + 8 * w;
        if (at + 8 <= b.length) {
            long v = (long) LONGS.get(b, at);
            return left >= 8 ? v : v & (1L << 8 * left) - 1;
        }
        long v = 0;
        for (int k = Math.min(left, 8) - 1; k >= 0; k--) v = v << 8 | (b[at + k] & 0xff);
        return v;
    }

    /** A hash of all of {@code b[from, from + n)}, given its first three words. */
    private static int hash(byte[] b, int from, int n, long w0, long w1, long w2) {
        long h = ((n * 0x9E3779B97F4A7C15L ^ w0) * 0x9E3779B97F4A7C15L ^ w1) * 0x9E3779B97F4A7C15L;
        h = (h ^ w2) * 0x9E3779B97F4A7C15L;
        for (int w = 3; 8 * w < n; w++) h = (h ^ word(b, from, n, w)) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    /** The entity whose id has this length, hash and first three words, and whose further bytes are {@code b}'s from {@code from + 24}; or null. */
    private EntityDraft find(byte[] b, int from, int n, int h, long w0, long w1, long w2) {
        long key = head(h, n, 0) >>> 24;
        for (int i = slot(h); slots[4 * i] != 0; i = (i + 1) & mask) {
            long head = slots[4 * i];
            if (head >>> 24 != key || slots[4 * i + 1] != w0 || slots[4 * i + 2] != w1 || slots[4 * i + 3] != w2) {
                continue;
            }
            int k = position(head);
            if (n > INLINE && !same(pool, offsets[k] + INLINE, b, from + INLINE, n - INLINE)) continue;
            return entities.get(k);
        }
        return null;
    }

    /** An id of up to 24 bytes, to be found later: its length, hash and bytes as three words; then what it names. */
    static final class Key {
        int length, hash;
        long w0, w1, w2;
        EntityDraft entity;
    }

    /** Sets {@code k} to the id in {@code b[from, to)}; false (leaving it) when the id is longer than a key holds. */
    static boolean key(byte[] b, int from, int to, Key k) {
        int n = to - from;
        if (n > INLINE) return false;
        long w0 = word(b, from, n, 0), w1 = word(b, from, n, 1), w2 = word(b, from, n, 2);
        k.length = n;
        k.w0 = w0;
        k.w1 = w1;
        k.w2 = w2;
        k.hash = hash(b, from, n, w0, w1, w2);
        k.entity = null;
        return true;
    }

    /**
     * Finds ids for one reading thread, first among the last two it found. Files tend to list an entity's
     * relations together (the synthetic million: 37% of ends name one of the previous relation's two), and
     * comparing three words saves a cache miss in the table. (Comparing the id strings character by character
     * took 6% of a load.)
     */
    final class Finder {
        private EntityDraft recent, previous;
        private int recentLength = -1, previousLength = -1;
        private long recent0, recent1, recent2, previous0, previous1, previous2;
        /** What {@link #touch} read, kept so that the reads are not optimised away. */
        private long touched;

        EntityDraft find(byte[] b, int from, int to) {
            int n = to - from;
            if (n > 255) return null;
            long w0 = word(b, from, n, 0), w1 = word(b, from, n, 1), w2 = word(b, from, n, 2);
            if (n <= INLINE) return find(n, hash(b, from, n, w0, w1, w2), w0, w1, w2);
            EntityDraft e = EntityIds.this.find(b, from, n, hash(b, from, n, w0, w1, w2), w0, w1, w2);
            if (e != null) remember(e, -1, w0, w1, w2); // not compared next time: longer than the words
            return e;
        }

        /** The entity the key names, or null. */
        EntityDraft find(Key k) {
            return find(k.length, k.hash, k.w0, k.w1, k.w2);
        }

        private EntityDraft find(int n, int h, long w0, long w1, long w2) {
            if (n == recentLength && w0 == recent0 && w1 == recent1 && w2 == recent2) return recent;
            EntityDraft e = n == previousLength && w0 == previous0 && w1 == previous1 && w2 == previous2
                    ? previous : EntityIds.this.find(null, 0, n, h, w0, w1, w2);
            if (e != null) remember(e, n, w0, w1, w2);
            return e;
        }

        /**
         * Reads the first table slot of each key, ahead of finding them. Found one by one, between the parsing
         * of one relation and the next, each look-up waited alone for the memory (the table is 16 MB for 250,000
         * ids); these reads are independent of each other, so the processor waits for many at once.
         */
        void touch(Key k) {
            touched += slots[4 * slot(k.hash)];
        }

        private void remember(EntityDraft e, int n, long w0, long w1, long w2) {
            previous = recent;
            previousLength = recentLength;
            previous0 = recent0;
            previous1 = recent1;
            previous2 = recent2;
            recent = e;
            recentLength = n;
            recent0 = w0;
            recent1 = w1;
            recent2 = w2;
        }
    }

    /** The first slot to try. */
    private int slot(int h) {
        return h & mask;
    }

    private static boolean same(byte[] a, int i, byte[] b, int j, int n) {
        for (int k = 0; k < n; k++) if (a[i + k] != b[j + k]) return false;
        return true;
    }
}
