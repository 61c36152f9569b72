package org.spacecoop.core.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spacecoop.core.files.AtomicFileWriter;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Source;

/**
 * Writes a dataset in the canonical layout of the format (docs/dataset-format.md, "Canonical layout"): the
 * entries in the dataset's order, fields in the documented order, absent values left out, one field per line with
 * two spaces of indent, aliases on one line, and one line per passage and per reference. The same dataset always
 * gives the same bytes, and a file in this layout loads and saves back byte for byte, so a version-control diff
 * of an edit shows only the lines of the entity or relation that changed.
 * <p>
 * Quotes are written as they stand in the source document, with runs of white space collapsed, so they are found
 * again on reading. Relations of imported graphs whose type is not in our vocabulary ({@code OTHER}) cannot be
 * written: the format has no place for them.
 */
public final class DatasetWriter {

    private static final String RECORD = "    ";
    private static final String FIELD = "      ";
    private static final String ITEM = "        ";

    private DatasetWriter() {
    }

    /** Writes the JSON to a writer (flushed, not closed). */
    public static void write(Dataset dataset, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(1 << 12);
        b.append("{\n  \"formatVersion\": ").append(DatasetReader.FORMAT_VERSION).append(",\n");
        b.append("  \"title\": ");
        string(b, dataset.title() == null ? "" : dataset.title());
        b.append(",\n");
        if (dataset.asOf() != null) b.append("  \"asOf\": \"").append(dataset.asOf()).append("\",\n");
        b.append("  \"sources\": [");
        section(dataset.sources(), b, out, DatasetWriter::source);
        b.append("],\n  \"entities\": [");
        section(dataset.entities(), b, out, DatasetWriter::entity);
        b.append("],\n  \"relations\": [");
        section(dataset.relations(), b, out, DatasetWriter::relation);
        b.append("]\n}\n");
        out.append(b);
        out.flush();
    }

    /** The canonical text of a dataset. */
    public static String toJson(Dataset dataset) {
        StringWriter out = new StringWriter(1 << 16);
        try {
            write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The canonical text of a dataset as UTF-8 bytes: what a save writes. */
    public static byte[] toBytes(Dataset dataset) {
        return toJson(dataset).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code json} and, beside it in {@code sources/}, the text of every source document, so the copy
     * loads on its own with {@link DatasetReader#load}. Each file is written to a temporary file, then moved.
     */
    public static void writeWithSources(Dataset dataset, Path json) throws IOException {
        Path folder = json.toAbsolutePath().getParent().resolve("sources");
        for (Source s : dataset.sources()) {
            if (s.file() == null || !s.hasText()) continue;
            Path file = folder.resolve(s.file()).normalize();
            if (!file.startsWith(folder)) throw new IOException("source file lies outside sources/: " + s.file());
            Files.createDirectories(file.getParent());
            AtomicFileWriter.writeText(file, out -> out.write(s.text()));
        }
        AtomicFileWriter.writeText(json, out -> write(dataset, out));
    }

    private interface RecordWriter<T> {
        void write(StringBuilder b, T record);
    }

    /** The records of one section, each from "{" to "}", separated by ",\n"; large sections go out in pieces. */
    private static <T> void section(List<T> records, StringBuilder b, Writer out, RecordWriter<T> writer) throws IOException {
        for (int i = 0; i < records.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n");
            writer.write(b, records.get(i));
            if (b.length() > 1 << 16) {
                out.append(b);
                b.setLength(0);
            }
        }
        if (!records.isEmpty()) b.append("\n  ");
    }

    private static void source(StringBuilder b, Source s) {
        b.append(RECORD).append("{\n");
        field(b, "id", s.id());
        field(b, "title", s.title());
        field(b, "publisher", s.publisher());
        field(b, "date", s.date());
        field(b, "url", s.url()); // null is written: the field says "no URL" rather than being forgotten
        field(b, "kind", s.kind());
        if (s.file() != null) field(b, "file", s.file());
        close(b);
    }

    private static void entity(StringBuilder b, Entity e) {
        b.append(RECORD).append("{\n");
        field(b, "id", e.id());
        field(b, "name", e.name());
        if (!e.aliases().isEmpty()) {
            b.append(FIELD).append("\"aliases\": [");
            for (int i = 0; i < e.aliases().size(); i++) {
                if (i > 0) b.append(", ");
                string(b, e.aliases().get(i));
            }
            b.append("],\n");
        }
        field(b, "kind", e.kind().id());
        if (e.country() != null) field(b, "country", e.country());
        field(b, "description", e.description());
        date(b, "start", e.start());
        date(b, "end", e.end());
        field(b, "status", e.status().id());
        if (e.unverified()) b.append(FIELD).append("\"unverified\": true,\n");
        evidence(b, e.evidence());
        close(b);
    }

    private static void relation(StringBuilder b, Relation r) {
        if (r.type() == null || r.type() == RelationType.OTHER) {
            throw new IllegalArgumentException("relation " + r.id() + " has the type \"" + r.typeName()
                    + "\", which the dataset format does not have");
        }
        b.append(RECORD).append("{\n");
        field(b, "id", r.id());
        field(b, "from", r.from());
        field(b, "to", r.to());
        field(b, "type", r.type().id());
        field(b, "status", r.status().id());
        date(b, "start", r.start());
        date(b, "end", r.end());
        if (r.note() != null) field(b, "note", r.note());
        if (r.unverified()) b.append(FIELD).append("\"unverified\": true,\n");
        evidence(b, r.evidence());
        close(b);
    }

    private static void evidence(StringBuilder b, Evidence evidence) {
        List<Passage> passages = evidence.passages();
        boolean first = true;
        for (Passage p : passages) {
            if (!p.curated()) continue;
            b.append(first ? FIELD + "\"passages\": [\n" : ",\n").append(ITEM).append("{\"source\": ");
            string(b, p.sourceId());
            b.append(", \"quote\": ");
            string(b, QuoteLocator.collapse(p.text()));
            b.append('}');
            first = false;
        }
        if (!first) b.append('\n').append(FIELD).append("],\n");
        List<Reference> references = evidence.references();
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            b.append(i == 0 ? FIELD + "\"references\": [\n" : ",\n").append(ITEM).append("{\"url\": ");
            string(b, r.url());
            if (r.title() != null && !r.title().isEmpty()) {
                b.append(", \"title\": ");
                string(b, r.title());
            }
            b.append('}');
        }
        if (!references.isEmpty()) b.append('\n').append(FIELD).append("],\n");
    }

    /** Ends a record: the last field's comma goes, and the brace closes. */
    private static void close(StringBuilder b) {
        b.setLength(b.length() - 2);
        b.append('\n').append(RECORD).append('}');
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(FIELD).append('"').append(name).append("\": ");
        string(b, value);
        b.append(",\n");
    }

    private static void date(StringBuilder b, String name, PartialDate d) {
        if (d != null) b.append(FIELD).append('"').append(name).append("\": \"").append(d).append("\",\n");
    }

    /**
     * A JSON string: quote, backslash and control characters escaped (and U+2028, U+2029, which some JavaScript
     * parsers take for line ends); everything else, Chinese and Japanese included, as it is. A null (a source
     * without a date, say) is written as JSON null.
     */
    static void string(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape;
            if (c == '"') escape = "\\\"";
            else if (c == '\\') escape = "\\\\";
            else if (c >= 0x20 && c != '\u2028' && c != '\u2029') continue;
            else if (c == '\n') escape = "\\n";
            else if (c == '\t') escape = "\\t";
            else if (c == '\r') escape = "\\r";
            else if (c == '\b') escape = "\\b";
            else if (c == '\f') escape = "\\f";
            else escape = String.format("\\u%04x", (int) c);
            b.append(s, plain, i).append(escape);
            plain = i + 1;
        }
        b.append(s, plain, n).append('"');
    }
}
