package org.spacecoop.core.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/**
 * Turns a graph read from another tool's file into a {@link Dataset}, so it is drawn and filtered like our own:
 * kinds, types and statuses map where the file uses our names (else {@link EntityKind#OTHER},
 * {@link RelationType#OTHER} keeping the original type name, {@link Status#ACTIVE}); ids are made valid
 * dataset ids (the original kept as an alias); a relation's evidence is what its {@link Provenance} attributes hold
 * (files we wrote carry them), each cited source holding the quotes as its text.
 */
public final class ImportedDataset {

    private static final Pattern VALID_ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Set<String> DIRECTEDNESS = Set.of("directed", "undirected", "mutual");
    /** Edge attributes read into the relation's own fields, never kept as numbers. */
    private static final Set<String> NOT_NUMBERS = Set.of("id", "key", "source", "target", "start", "end", "status",
            "type", "relation", "relation_type", "label", "interaction", "note");

    /** The dataset and the positions the file held (vertex id → x, y), if any. */
    public record Result(Dataset dataset, Map<String, double[]> positions) {
    }

    private ImportedDataset() {
    }

    public static Result build(RawGraph raw, GraphFormat format, String fileName) {
        Map<String, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        Map<String, Integer> nextNumber = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        Map<String, double[]> positions = new LinkedHashMap<>();
        for (var v : raw.vertices().entrySet()) {
            Map<String, String> a = v.getValue();
            String original = format == GraphFormat.GML ? first(a, "key", "label", "name") : null;
            if (original == null) original = v.getKey();
            String id = unique(sanitize(original), used, nextNumber, "-");
            ids.put(v.getKey(), id);
            String name = format == GraphFormat.GML ? first(a, "name", "label") : first(a, "label", "name", "Label", "title");
            if (name == null) name = original;
            List<String> aliases = !original.equals(id) && !original.equals(name) ? List.of(original) : List.of();
            EntityKind kind = EntityKind.fromId(lower(first(a, "kind", "category"))).orElse(EntityKind.OTHER);
            Status status = Status.fromId(lower(a.get("status"))).orElse(Status.ACTIVE);
            String description = a.getOrDefault("description", "");
            entities.add(new Entity(id, name, aliases, kind, blankToNull(a.get("country")), description,
                    date(a.get("start")), date(a.get("end")), status, false, Evidence.NONE));
            double[] p = position(a);
            if (p != null) positions.put(id, p);
        }
        Set<String> relationIds = new HashSet<>();
        Map<String, Integer> nextRelationNumber = new HashMap<>();
        List<Relation> relations = new ArrayList<>();
        ImportedSources sources = new ImportedSources();
        Map<String, Map<String, Double>> numbers = new LinkedHashMap<>();
        for (RawGraph.Edge e : raw.edges()) {
            Map<String, String> a = e.attributes();
            String from = ids.get(e.source());
            String to = ids.get(e.target());
            String typeName = typeName(a);
            RelationType type = typeName == null ? RelationType.OTHER
                    : RelationType.fromId(typeName.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-'))
                    .orElse(RelationType.OTHER);
            if (type != RelationType.OTHER) typeName = type.id();
            String given = first(a, "id", "key");
            String base = given != null ? sanitize(given) : from + "." + (type == RelationType.OTHER ? "related" : type.id()) + "." + to;
            String id = unique(base, relationIds, nextRelationNumber, ".");
            Status status = Status.fromId(lower(a.get("status"))).orElse(Status.ACTIVE);
            relations.add(new Relation(id, from, to, type, typeName, status, date(a.get("start")), date(a.get("end")),
                    blankToNull(a.get("note")), false, sources.evidence(Provenance.read(a))));
            keepNumbers(a, id, numbers);
        }
        String title = first(raw.graphAttributes(), "title", "label", "name", "description");
        if (title == null) title = fileName;
        return new Result(new Dataset(1, title, sources.sources(), entities, relations, null, raw.directed(), numbers),
                positions);
    }

    /** Keeps the edge's numeric attributes (a weight, a capacity) under their names, for sizing edges. */
    private static void keepNumbers(Map<String, String> a, String relationId, Map<String, Map<String, Double>> numbers) {
        a.forEach((name, text) -> {
            if (NOT_NUMBERS.contains(name.toLowerCase(Locale.ROOT)) || text == null || text.isBlank()) return;
            try {
                double v = Double.parseDouble(text.trim());
                if (Double.isFinite(v)) numbers.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(relationId, v);
            } catch (NumberFormatException notANumber) {
                // a text attribute: not one to size edges by
            }
        });
    }

    private static String typeName(Map<String, String> a) {
        String t = a.get("type");
        if (t != null && !t.isBlank() && !DIRECTEDNESS.contains(t.trim().toLowerCase(Locale.ROOT))) return t.trim();
        return first(a, "relation", "relation_type", "label", "interaction");
    }

    private static double[] position(Map<String, String> a) {
        try {
            if (a.containsKey("x") && a.containsKey("y")) return new double[] {Double.parseDouble(a.get("x")), Double.parseDouble(a.get("y"))};
        } catch (NumberFormatException ignored) {
            // not a coordinate: leave the vertex to the layout
        }
        return null;
    }

    /** A valid dataset id: lower case, other characters replaced by '_'. */
    static String sanitize(String raw) {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        if (VALID_ID.matcher(s).matches()) return s;
        s = s.replaceAll("[^a-z0-9_.-]+", "_").replaceAll("^[_.-]+", "");
        return s.isEmpty() ? "n" : s;
    }

    /**
     * The base itself, or the base with the first free number appended ({@code base-2}, {@code base-3}, …). Where
     * numbering of each base goes on is kept, so a thousand parallel edges take a thousand steps, not half a million.
     */
    private static String unique(String base, Set<String> used, Map<String, Integer> next, String sep) {
        if (used.add(base)) return base;
        int n = next.getOrDefault(base, 2);
        String id = base + sep + n;
        while (!used.add(id)) id = base + sep + ++n;
        next.put(base, n + 1);
        return id;
    }

    private static String first(Map<String, String> a, String... keys) {
        for (String k : keys) {
            String v = a.get(k);
            if (v != null && !v.isBlank()) return v.trim();
        }
        return null;
    }

    private static String lower(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static PartialDate date(String s) {
        return s == null ? null : PartialDate.parse(s).orElse(null);
    }
}
