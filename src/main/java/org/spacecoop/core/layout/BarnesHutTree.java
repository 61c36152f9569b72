package org.spacecoop.core.layout;

import java.util.Arrays;

/**
 * A mass-weighted Barnes-Hut quadtree on primitive arrays, rebuilt every iteration without allocation once its
 * buffers have grown to the node count.
 *
 * <p>Build: the bodies' Morton codes are radix-sorted, so every cell is a contiguous run of bodies and the tree
 * falls out of the sorted codes (a cell splits at the highest bit where its first and last code differ, so every
 * inner cell has at least two children and the tree has fewer than 2n cells). Cells are stored in pre-order with a
 * "skip" link to the next cell outside their subtree, so a force query is a forward scan without a stack.
 * Cell mass is the number of bodies inside (not 1 per cell), so a far cell pulls like all its bodies together and
 * the forces match exact Fruchterman-Reingold repulsion.
 *
 * <p>Queries ({@link #repulsion}) only read the tree, so several threads may run them on disjoint leaf ranges.
 * Bodies are addressed by slot, their position in Morton order; {@link #node(int)} maps a slot back to its node.
 */
final class BarnesHutTree {

    private static final int BITS = 21;          // per axis; codes use 42 bits
    private static final int RADIX_BITS = 14;    // 3 radix passes
    private static final int LEAF_SIZE = 16;

    private long[] keys = new long[0];
    private long[] keysTmp = new long[0];
    private int[] order = new int[0];
    private int[] orderTmp = new int[0];
    private final int[] radixCount = new int[1 << RADIX_BITS];
    private double[] sx = new double[0];
    private double[] sy = new double[0];
    private int bodies;

    // Cells, pre-order. cell: cx, cy, mass, crit (squared distance beyond which the cell counts as one body).
    private double[] cell = new double[0];
    // link: skip, first slot, end slot (-1 for inner cells), number of ignored low code bits.
    private int[] link = new int[0];
    private long[] prefix = new long[0];
    private int cells;
    private int[] leaves = new int[0];
    private int leafCount;
    private final ThreadLocal<int[]> scratch = ThreadLocal.withInitial(() -> new int[0]);
    private double unit;
    private double theta;

    /** Builds the tree over {@code nodes[0..count)} at positions {@code x, y} (indexed by node). */
    void build(double[] x, double[] y, int[] nodes, int count, double theta) {
        ensureCapacity(count);
        this.bodies = count;
        this.theta = theta;
        this.cells = 0;
        this.leafCount = 0;
        if (count == 0) return;
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < count; s++) {
            int v = nodes[s];
            double px = x[v], py = y[v];
            if (px < minX) minX = px;
            if (px > maxX) maxX = px;
            if (py < minY) minY = py;
            if (py > maxY) maxY = py;
        }
        double side = Math.max(maxX - minX, maxY - minY);
        if (!(side > 0)) side = 1;
        double scale = ((1 << BITS) - 1) / side;
        unit = side / (1 << BITS);
        for (int s = 0; s < count; s++) {
            int v = nodes[s];
            keys[s] = interleave((int) ((x[v] - minX) * scale), (int) ((y[v] - minY) * scale));
            order[s] = v;
        }
        radixSort(count);
        for (int s = 0; s < count; s++) {
            int v = order[s];
            sx[s] = x[v];
            sy[s] = y[v];
        }
        buildCell(0, count);
    }

    int bodyCount() {
        return bodies;
    }

    /** The node in Morton slot {@code slot}. */
    int node(int slot) {
        return order[slot];
    }

    double slotX(int slot) {
        return sx[slot];
    }

    double slotY(int slot) {
        return sy[slot];
    }

    /** Centre of mass of all bodies. */
    double centreX() {
        return cells == 0 ? 0 : cell[0];
    }

    double centreY() {
        return cells == 0 ? 0 : cell[1];
    }

    /** Number of leaf cells; leaves are numbered in Morton order and hold consecutive slots. */
    int leafCount() {
        return leafCount;
    }

    /** First slot of leaf {@code leaf}; its slots run to {@code leafStart(leaf + 1)}. */
    int leafStart(int leaf) {
        return leaf == leafCount ? bodies : link[(leaves[leaf] << 2) + 1];
    }

    /**
     * Writes the repulsion {@code k2 / d} (as a vector away from each other body) on the bodies of leaves
     * {@code [fromLeaf, toLeaf)} into {@code fx[slot], fy[slot]}.
     *
     * <p>The tree is walked once per leaf, not once per body (Barnes' grouping): a cell counts as one body for the
     * whole leaf when it is far from the leaf's bounding box (side / distance &lt; theta, measured to the box's nearest
     * point, which is stricter than measuring from each body), and the accepted cells are then applied to each body
     * of the leaf in a tight loop.
     */
    void repulsion(int fromLeaf, int toLeaf, double k2, double[] fx, double[] fy) {
        int[] lists = scratch.get();
        if (lists.length < 2 * cells) {
            lists = new int[2 * cells];
            scratch.set(lists);
        }
        final double[] cell = this.cell;
        final int[] link = this.link;
        final long[] prefix = this.prefix;
        final double[] sx = this.sx, sy = this.sy;
        final int cells = this.cells;
        final int nearBase = cells;
        for (int leaf = fromLeaf; leaf < toLeaf; leaf++) {
            int lc = leaves[leaf] << 2;
            int lo = link[lc + 1], hi = link[lc + 2];
            double bx0 = Double.POSITIVE_INFINITY, by0 = Double.POSITIVE_INFINITY;
            double bx1 = Double.NEGATIVE_INFINITY, by1 = Double.NEGATIVE_INFINITY;
            for (int s = lo; s < hi; s++) {
                bx0 = Math.min(bx0, sx[s]);
                bx1 = Math.max(bx1, sx[s]);
                by0 = Math.min(by0, sy[s]);
                by1 = Math.max(by1, sy[s]);
            }
            final long key = keys[lo];
            int far = 0, near = nearBase;
            int t = 0;
            while (t < cells) {
                int c = t << 2;
                double cx = cell[c], cy = cell[c + 1];
                double dx = Math.max(0, Math.max(bx0 - cx, cx - bx1));
                double dy = Math.max(0, Math.max(by0 - cy, cy - by1));
                if (dx * dx + dy * dy > cell[c + 3] && (key >>> link[c + 3]) != prefix[t]) {
                    lists[far++] = c;
                    t = link[c];
                } else if (link[c + 2] < 0) {
                    t++;
                } else {
                    lists[near++] = c;
                    t = link[c];
                }
            }
            for (int j = lo; j < hi; j++) {
                final double px = sx[j], py = sy[j];
                double ax = 0, ay = 0;
                for (int f = 0; f < far; f++) {
                    int c = lists[f];
                    double dx = px - cell[c], dy = py - cell[c + 1];
                    double q = k2 * cell[c + 2] / (dx * dx + dy * dy);
                    ax += dx * q;
                    ay += dy * q;
                }
                for (int f = nearBase; f < near; f++) {
                    int c = lists[f];
                    for (int s = link[c + 1], end = link[c + 2]; s < end; s++) {
                        if (s == j) continue;
                        double ex = px - sx[s], ey = py - sy[s];
                        double e2 = ex * ex + ey * ey;
                        if (e2 < 1e-18 * k2) {
                            // Coincident bodies: push apart in a fixed direction that depends on the pair only.
                            int a = order[j], b = order[s];
                            double angle = ((Math.min(a, b) * 0x9E3779B9L + Math.max(a, b)) & 0xFFFF) * (Math.PI * 2 / 65536);
                            double sign = a < b ? 1 : -1;
                            ex = sign * Math.cos(angle) * 1e-3 * Math.sqrt(k2);
                            ey = sign * Math.sin(angle) * 1e-3 * Math.sqrt(k2);
                            e2 = ex * ex + ey * ey;
                        }
                        double q = k2 / e2;
                        ax += ex * q;
                        ay += ey * q;
                    }
                }
                fx[j] = ax;
                fy[j] = ay;
            }
        }
    }

    private int buildCell(int lo, int hi) {
        int t = cells++;
        long a = keys[lo], z = keys[hi - 1];
        int shift = a == z ? 0 : ((63 - Long.numberOfLeadingZeros(a ^ z)) & ~1) + 2;
        double side = unit * (1L << (shift >> 1));
        int c = t << 2;
        link[c + 3] = shift;
        prefix[t] = a >>> shift;
        cell[c + 3] = theta == 0 ? Double.POSITIVE_INFINITY : (side / theta) * (side / theta);
        if (hi - lo <= LEAF_SIZE || a == z) {
            double mx = 0, my = 0;
            for (int s = lo; s < hi; s++) {
                mx += sx[s];
                my += sy[s];
            }
            int mass = hi - lo;
            cell[c] = mx / mass;
            cell[c + 1] = my / mass;
            cell[c + 2] = mass;
            link[c] = t + 1;
            link[c + 1] = lo;
            link[c + 2] = hi;
            leaves[leafCount++] = t;
            return t;
        }
        int digitShift = shift - 2;
        double mass = 0, mx = 0, my = 0;
        int start = lo;
        for (int d = 0; d < 4 && start < hi; d++) {
            int end = d == 3 ? hi : firstAbove(start, hi, digitShift, d);
            if (end > start) {
                int child = buildCell(start, end) << 2;
                double m = cell[child + 2];
                mass += m;
                mx += m * cell[child];
                my += m * cell[child + 1];
            }
            start = end;
        }
        cell[c] = mx / mass;
        cell[c + 1] = my / mass;
        cell[c + 2] = mass;
        link[c] = cells;
        link[c + 1] = lo;
        link[c + 2] = -1;
        return t;
    }

    /** First slot in [lo, hi) whose 2-bit digit at {@code shift} exceeds {@code d} (digits ascend in the range). */
    private int firstAbove(int lo, int hi, int shift, int d) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (((keys[mid] >>> shift) & 3) <= d) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void radixSort(int n) {
        long[] src = keys, dst = keysTmp;
        int[] osrc = order, odst = orderTmp;
        int mask = (1 << RADIX_BITS) - 1;
        for (int pass = 0; pass < 3; pass++) {
            int shift = pass * RADIX_BITS;
            Arrays.fill(radixCount, 0);
            for (int i = 0; i < n; i++) radixCount[(int) (src[i] >>> shift) & mask]++;
            int sum = 0;
            for (int b = 0; b <= mask; b++) {
                int c = radixCount[b];
                radixCount[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int pos = radixCount[(int) (src[i] >>> shift) & mask]++;
                dst[pos] = src[i];
                odst[pos] = osrc[i];
            }
            long[] tk = src; src = dst; dst = tk;
            int[] to = osrc; osrc = odst; odst = to;
        }
        // Three passes: the sorted data ended in the temporaries; swap the roles.
        keysTmp = keys;
        keys = src;
        orderTmp = order;
        order = osrc;
    }

    private static long interleave(int qx, int qy) {
        return spread(qx) | (spread(qy) << 1);
    }

    /** Spreads the low 21 bits of v to the even bit positions. */
    private static long spread(int v) {
        long x = v & 0x1FFFFFL;
        x = (x | (x << 16)) & 0x0000FFFF0000FFFFL;
        x = (x | (x << 8)) & 0x00FF00FF00FF00FFL;
        x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FL;
        x = (x | (x << 2)) & 0x3333333333333333L;
        x = (x | (x << 1)) & 0x5555555555555555L;
        return x;
    }

    private void ensureCapacity(int n) {
        if (keys.length >= n) return;
        int cap = Math.max(16, n);
        keys = new long[cap];
        keysTmp = new long[cap];
        order = new int[cap];
        orderTmp = new int[cap];
        sx = new double[cap];
        sy = new double[cap];
        int cellCap = 2 * cap + 1;
        cell = new double[cellCap * 4];
        link = new int[cellCap * 4];
        prefix = new long[cellCap];
        leaves = new int[cap];
    }
}
