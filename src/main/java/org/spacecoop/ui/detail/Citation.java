package org.spacecoop.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;
import org.spacecoop.ui.common.Dates;

/** Plain-text citations for the clipboard: a quote with its source, a relation with its evidence. No JavaFX here. */
public final class Citation {

    private Citation() {
    }

    /** "“quote”\n— Title, Publisher, 2025-03. https://…". */
    public static String of(Passage p, Source src) {
        return "“" + p.text().strip().replaceAll("\\s+", " ") + "”\n— " + source(p, src);
    }

    /**
     * The relation as "From → type → To", its status and dates, its note, its quotes (each with its source) and its
     * references.
     */
    public static String of(Relation r, Entity from, Entity to, Function<String, Source> sources) {
        StringBuilder sb = new StringBuilder();
        sb.append(from.name()).append(" → ").append(r.typeName()).append(" → ").append(to.name()).append('\n');
        List<String> facts = new ArrayList<>();
        facts.add("Status: " + r.status().id());
        String dates = Dates.range(r.start(), r.end());
        if (dates != null) facts.add("Dates: " + dates);
        if (r.unverified()) facts.add("unverified");
        sb.append(String.join(" · ", facts)).append('\n');
        if (r.note() != null && !r.note().isBlank()) sb.append("Note: ").append(r.note().strip()).append('\n');
        List<Passage> quotes = r.evidence().passages();
        if (!quotes.isEmpty()) {
            sb.append("\nQuotes:\n");
            for (Passage p : quotes) sb.append(of(p, sources.apply(p.sourceId()))).append('\n');
        }
        List<Reference> refs = r.evidence().references();
        if (!refs.isEmpty()) {
            sb.append("\nReferences:\n");
            for (Reference ref : refs) {
                boolean titled = ref.title() != null && !ref.title().isBlank();
                sb.append("- ").append(titled ? ref.title() + ". " : "").append(ref.url()).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String source(Passage p, Source src) {
        if (src == null) return p.sourceId();
        StringBuilder sb = new StringBuilder(src.title());
        if (src.publisher() != null && !src.publisher().isBlank()) sb.append(", ").append(src.publisher());
        if (src.date() != null && !src.date().isBlank()) sb.append(", ").append(src.date());
        sb.append('.');
        if (src.url() != null && !src.url().isBlank()) sb.append(' ').append(src.url());
        return sb.toString();
    }
}
