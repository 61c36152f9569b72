package org.spacecoop.core.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.spacecoop.core.files.AtomicFileWriter;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Writes seeded synthetic datasets in our JSON format (docs/dataset-format.md) for benchmarks and scale tests:
 * entity kinds, relation types and statuses drawn with the frequencies of the bundled dataset, mixed date
 * precisions, names with aliases (some in Chinese), a Barabási–Albert-like degree distribution whose hubs are
 * programs, agencies and countries, and web references as evidence (synthetic relations quote no documents).
 * Streams its output: a million relations need no more memory than their endpoint arrays (~30 MB).
 * The same arguments always give the same bytes.
 */
public final class SyntheticDataset {

    private static final String[] COUNTRIES = {"CN", "US", "Europe", "EU", "JP", "IN", "RU", "AE", "FR", "DE", "IT",
        "GB", "CA", "BR", "KR", "PK", "TH", "ZA", "EG", "international"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "tu", "ven", "sol", "ar", "te", "no", "vi",
        "zan", "qi", "lun", "hai", "ter", "os", "del", "ma", "ri"};
    private static final String[] HANZI = {"天", "宫", "月", "星", "航", "嫦", "娥", "鹊", "桥", "神", "舟", "空"};

    private SyntheticDataset() {
    }

    /** One more than the most entities a dataset can be generated with. */
    public static final int MAX_NODES = 1 << 27;

    /**
     * About how much heap writing needs: the generated ends and the attachment list (about 16 bytes a relation), the
     * repeat counter's table (up to 48 bytes a relation) and the kinds (8 bytes an entity).
     */
    public static long memoryNeeded(int nodes, int edges) {
        return 64L * edges + 8L * nodes + (16L << 20);
    }

    /** Writes the dataset atomically (temp file, then move) to {@code file}. */
    public static void write(Path file, int nodes, int edges, long seed) throws IOException {
        AtomicFileWriter.writeText(file, out -> write(out, nodes, edges, seed));
    }

    /**
     * Writes a dataset of {@code nodes} entities and {@code edges} relations to {@code out} (not closed; wrap it in a
     * BufferedWriter). Needs at least 2 nodes when there are relations.
     */
    public static void write(Writer out, int nodes, int edges, long seed) throws IOException {
        if (nodes < 1) throw new IllegalArgumentException("a dataset needs at least one entity: --nodes " + nodes);
        if (nodes >= 1 << 27) throw new IllegalArgumentException("at most " + ((1 << 27) - 1) + " entities");
        int[][] ends = PreferentialAttachment.edges(nodes, edges, seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        EntityKind[] kinds = new EntityKind[nodes];
        out.write("{\n  \"formatVersion\": 1,\n  \"title\": \"Synthetic dataset: " + nodes + " entities, " + edges
                + " relations (seed " + seed + ")\",\n  \"sources\": [\n");
        out.write("    {\"id\": \"synthetic\", \"title\": \"Generated references\", \"publisher\": \"SyntheticDataset\","
                + " \"date\": \"2025\", \"url\": null, \"kind\": \"reference\"}\n  ],\n  \"entities\": [\n");
        for (int v = 0; v < nodes; v++) {
            kinds[v] = kind(v, nodes, random);
            writeEntity(out, v, kinds[v], random);
            out.write(v + 1 < nodes ? ",\n" : "\n");
        }
        out.write("  ],\n  \"relations\": [\n");
        RepeatCounter repeats = new RepeatCounter(edges);
        int[] source = ends[0], target = ends[1];
        for (int e = 0; e < source.length; e++) {
            RelationType type = Weighted.pick(Weighted.TYPES, Weighted.TYPE_WEIGHTS, random);
            int repeat = repeats.next(source[e], target[e], type.ordinal());
            writeRelation(out, source[e], kinds[source[e]], target[e], kinds[target[e]], type, repeat, e, random);
            out.write(e + 1 < source.length ? ",\n" : "\n");
        }
        out.write("  ]\n}\n");
        out.flush();
    }

    /** Id of node v: its kind and number, e.g. {@code agency-17}. */
    public static String id(int v, EntityKind kind) {
        return kind.id() + "-" + v;
    }

    private static EntityKind kind(int v, int nodes, SplittableRandom random) {
        // The first arrivals become hubs; in the real data the hubs are programs, agencies, stations and countries.
        if (v < Math.max(5, nodes / 200)) return Weighted.HUB_KINDS[v % Weighted.HUB_KINDS.length];
        return Weighted.pick(Weighted.KINDS, Weighted.KIND_WEIGHTS, random);
    }

    private static void writeEntity(Writer out, int v, EntityKind kind, SplittableRandom random) throws IOException {
        String name = name(random) + suffix(kind);
        StringBuilder b = new StringBuilder(256);
        b.append("    {\"id\": \"").append(id(v, kind)).append("\", \"name\": \"").append(name).append('"');
        int aliases = random.nextInt(4);
        if (aliases > 0) {
            b.append(", \"aliases\": [\"").append(acronym(name)).append('"');
            if (aliases > 2) b.append(", \"").append(hanzi(random)).append('"');
            b.append(']');
        }
        b.append(", \"kind\": \"").append(kind.id()).append("\", \"country\": \"")
                .append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append('"');
        b.append(", \"description\": \"Synthetic ").append(kind.id()).append(" number ").append(v).append(".\"");
        int start = 1957 + random.nextInt(70);
        b.append(", \"start\": \"").append(date(start, random)).append('"');
        Status status = Weighted.pick(Weighted.STATUSES, Weighted.STATUS_WEIGHTS, random);
        if (status == Status.HISTORICAL) b.append(", \"end\": \"").append(start + 1 + random.nextInt(30)).append('"');
        b.append(", \"status\": \"").append(status.id()).append('"');
        if (random.nextInt(20) == 0) b.append(", \"unverified\": true");
        b.append('}');
        out.write(b.toString());
    }

    private static void writeRelation(Writer out, int from, EntityKind fromKind, int to, EntityKind toKind,
                                      RelationType type, int repeat, int e, SplittableRandom random) throws IOException {
        String f = id(from, fromKind), t = id(to, toKind);
        StringBuilder b = new StringBuilder(320);
        b.append("    {\"id\": \"").append(f).append('.').append(type.id()).append('.').append(t);
        if (repeat > 1) b.append('.').append(repeat);
        b.append("\", \"from\": \"").append(f).append("\", \"to\": \"").append(t).append("\", \"type\": \"")
                .append(type.id()).append('"');
        Status status = Weighted.pick(Weighted.STATUSES, Weighted.STATUS_WEIGHTS, random);
        b.append(", \"status\": \"").append(status.id()).append('"');
        int start = 1975 + random.nextInt(55);
        if (random.nextInt(10) != 0) b.append(", \"start\": \"").append(date(start, random)).append('"');
        if (status == Status.HISTORICAL || status == Status.CANCELLED) {
            b.append(", \"end\": \"").append(start + 1 + random.nextInt(15)).append('"');
        }
        if (random.nextInt(4) == 0) b.append(", \"note\": \"Generated relation ").append(e).append(".\"");
        if (random.nextInt(12) == 0) b.append(", \"unverified\": true");
        b.append(", \"references\": [{\"url\": \"https://example.org/synthetic/").append(e)
                .append("\", \"title\": \"Synthetic reference ").append(e).append("\"}]}");
        out.write(b.toString());
    }

    private static String date(int year, SplittableRandom random) {
        int precision = random.nextInt(10);
        if (precision < 5) return Integer.toString(year);
        String ym = year + "-" + two(1 + random.nextInt(12));
        return precision < 8 ? ym : ym + "-" + two(1 + random.nextInt(28));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String name(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static String suffix(EntityKind kind) {
        return switch (kind) {
            case AGENCY -> " Space Agency";
            case COMPANY -> " Aerospace";
            case MISSION -> " Mission";
            case STATION -> " Station";
            case VEHICLE -> " Launcher";
            case INSTRUMENT -> " Spectrometer";
            case AGREEMENT -> " Accords";
            case PROGRAM -> " Program";
            case INSTITUTE -> " Institute";
            default -> "";
        };
    }

    private static String acronym(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.split(" ")) b.append(Character.toUpperCase(word.charAt(0)));
        return b.append(name.length() % 10).toString();
    }

    private static String hanzi(SplittableRandom random) {
        return HANZI[random.nextInt(HANZI.length)] + HANZI[random.nextInt(HANZI.length)];
    }

    /** Counts repeats of (from, to, type) to give repeated relations the format's ".2", ".3" id suffixes. */
    private static final class RepeatCounter {
        private final long[] keys;
        private final int[] counts;
        private final int mask;

        RepeatCounter(int expected) {
            int size = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[size];
            counts = new int[size];
            mask = size - 1;
        }

        int next(int from, int to, int type) {
            long key = (((long) from << 27 | to) << 5 | type) + 1; // + 1: 0 marks a free slot
            int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 33) & mask;
            while (keys[h] != 0 && keys[h] != key) h = (h + 1) & mask;
            keys[h] = key;
            return ++counts[h];
        }
    }
}
