package org.spacecoop.core.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * What a filter panel can offer for one graph: the sources (documents, then web hosts) with the number of relations
 * each evidences, and the span of years the relations' dates cover.
 */
public record FilterOptions(List<SourceOption> sources, int firstYear, int lastYear) {

    /** A choice for the source filter: a document id or a web host, its label and how many relations it supports. */
    public record SourceOption(String key, String label, int relations, boolean document) {
    }

    public FilterOptions {
        sources = List.copyOf(sources);
    }

    public boolean hasDates() {
        return firstYear <= lastYear;
    }

    static FilterOptions of(FilterIndex index) {
        int[] counts = new int[index.sourceKeys.size()];
        for (int[] keys : index.eSources) for (int k : keys) counts[k]++;
        List<SourceOption> options = new ArrayList<>();
        Set<String> documents = new HashSet<>();
        for (Source s : index.cg.dataset().sources()) {
            documents.add(s.id());
            Integer k = index.sourceKeys.get(s.id());
            if (k != null) options.add(new SourceOption(s.id(), s.title(), counts[k], true));
        }
        // Hosts as written in the references, less a leading "www."; the key matches that host and its subdomains.
        TreeMap<String, Integer> hosts = new TreeMap<>();
        for (Relation r : index.edges) {
            for (var ref : r.evidence().references()) {
                String h = FilterIndex.host(ref.url());
                if (h == null) continue;
                if (h.startsWith("www.") && h.indexOf('.', 4) > 0) h = h.substring(4);
                Integer k = index.sourceKeys.get(h);
                if (k != null && !documents.contains(h)) hosts.put(h, counts[k]);
            }
        }
        hosts.forEach((h, c) -> options.add(new SourceOption(h, h, c, false)));

        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (Relation r : index.edges) {
            for (var d : new PartialDate[] {r.start(), r.end()}) {
                if (d == null) continue;
                first = Math.min(first, d.year());
                last = Math.max(last, d.year());
            }
        }
        return new FilterOptions(options, first, last);
    }
}
