package org.spacecoop.core.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Source;

/**
 * A relation's evidence as plain text attributes, one item per line, so that GraphML, GEXF, GML, DOT and CSV
 * files keep the quotes and references for any tool (networkx, Gephi, a spreadsheet):
 * <ul>
 * <li>{@value #QUOTES}: each quote, its white space collapsed to single spaces;</li>
 * <li>{@value #QUOTE_SOURCES}: for each quote, on the same line number, {@code source-id: title (publisher, date) url};</li>
 * <li>{@value #REFERENCE_URLS} and {@value #REFERENCE_TITLES}: each web reference's address and title.</li>
 * </ul>
 * Reading a file back turns these into evidence again; an imported source's text is then its quotes.
 */
public final class Provenance {

    public static final String QUOTES = "quotes";
    public static final String QUOTE_SOURCES = "quote_sources";
    public static final String REFERENCE_URLS = "reference_urls";
    public static final String REFERENCE_TITLES = "reference_titles";

    /** No sources known: quotes are cited by their source id alone. */
    static final Provenance NONE = new Provenance(id -> null);

    private final Function<String, Source> sources;

    Provenance(Function<String, Source> sources) {
        this.sources = sources;
    }

    /** The sources of a dataset, by id. */
    static Provenance of(List<Source> sources) {
        Map<String, Source> byId = new LinkedHashMap<>();
        for (Source s : sources) byId.put(s.id(), s);
        return new Provenance(byId::get);
    }

    /** The attributes for one relation's evidence; empty when it has none. */
    Map<String, String> write(Evidence evidence) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> quotes = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (Passage p : evidence.passages()) {
            if (!p.curated()) continue; // sentences found by name matching are not evidence
            quotes.add(oneLine(p.text()));
            cited.add(citation(p.sourceId(), sources.apply(p.sourceId())));
        }
        List<String> urls = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Reference r : evidence.references()) {
            urls.add(oneLine(r.url()));
            titles.add(oneLine(r.title()));
        }
        if (!quotes.isEmpty()) {
            m.put(QUOTES, String.join("\n", quotes));
            m.put(QUOTE_SOURCES, String.join("\n", cited));
        }
        if (!urls.isEmpty()) {
            m.put(REFERENCE_URLS, String.join("\n", urls));
            m.put(REFERENCE_TITLES, String.join("\n", titles));
        }
        return m;
    }

    /** {@code id: title (publisher, date) url}, leaving out what the source lacks. */
    static String citation(String id, Source s) {
        if (s == null) return id;
        StringBuilder b = new StringBuilder(id).append(':');
        if (s.title() != null && !s.title().isBlank()) b.append(' ').append(oneLine(s.title()));
        List<String> inBrackets = new ArrayList<>();
        if (s.publisher() != null && !s.publisher().isBlank()) inBrackets.add(oneLine(s.publisher()));
        if (s.date() != null && !s.date().isBlank()) inBrackets.add(s.date());
        if (!inBrackets.isEmpty()) b.append(" (").append(String.join(", ", inBrackets)).append(')');
        if (s.url() != null && !s.url().isBlank()) b.append(' ').append(oneLine(s.url()));
        return b.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ");
    }

    /** What an imported edge's attributes say about its evidence. */
    record Read(List<String> quotes, List<String> quoteSources, List<Reference> references) {
    }

    /** Reads the evidence attributes of an imported edge (empty lists when there are none). */
    static Read read(Map<String, String> attributes) {
        List<String> quotes = lines(attributes.get(QUOTES));
        List<String> cited = lines(attributes.get(QUOTE_SOURCES));
        List<String> urls = lines(attributes.get(REFERENCE_URLS));
        List<String> titles = lines(attributes.get(REFERENCE_TITLES));
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) refs.add(new Reference(urls.get(i), i < titles.size() ? titles.get(i) : ""));
        return new Read(quotes, cited, refs);
    }

    private static List<String> lines(String value) {
        if (value == null || value.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String line : value.strip().split("\r?\n", -1)) out.add(line.trim()); // blank lines keep their place
        return out;
    }
}
