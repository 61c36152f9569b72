package org.spacecoop.core.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Source;

/**
 * The sources an imported graph's quotes cite ({@link Provenance}): the whole document is not in the file, so each
 * source's text is its quotes, one paragraph each, and every passage points at its quote there.
 */
final class ImportedSources {

    /** A source as cited: {@code id: citation}, the id being a dataset id. */
    private static final Pattern CITED = Pattern.compile("([a-z0-9][a-z0-9_.-]*):\\s*(.*)");

    private static final class Building {
        final String title;
        final StringBuilder text = new StringBuilder();
        final Map<String, Passage> quotes = new LinkedHashMap<>();

        Building(String title) {
            this.title = title;
        }
    }

    private final Map<String, Building> byId = new LinkedHashMap<>();

    /** The evidence of one edge; its quotes join their sources' text. */
    Evidence evidence(Provenance.Read read) {
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < read.quotes().size(); i++) {
            String quote = read.quotes().get(i);
            if (quote.isEmpty()) continue;
            String cited = i < read.quoteSources().size() ? read.quoteSources().get(i) : "";
            var m = CITED.matcher(cited);
            String id = m.matches() ? m.group(1) : cited.isEmpty() ? "imported" : ImportedDataset.sanitize(cited);
            String title = m.matches() ? m.group(2) : cited;
            Building b = byId.computeIfAbsent(id, k -> new Building(title.isEmpty() ? k : title));
            passages.add(b.quotes.computeIfAbsent(quote, q -> {
                if (b.text.length() > 0) b.text.append("\n\n");
                int start = b.text.length();
                b.text.append(q);
                return new Passage(id, start, b.text.length(), q, true);
            }));
        }
        return Evidence.of(passages, read.references());
    }

    List<Source> sources() {
        List<Source> out = new ArrayList<>();
        byId.forEach((id, b) -> out.add(new Source(id, b.title, null, null, null, "imported", null, b.text.toString())));
        return out;
    }
}
