package org.spacecoop.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * The fields in which two versions of a record differ, in the format's names. The model's records compare by id
 * alone (they are graph vertices and edges), so edits compare them field by field here.
 */
final class ChangedFields {

    private ChangedFields() {
    }

    static List<String> of(Source a, Source b) {
        List<String> out = new ArrayList<>();
        diff(out, "id", a.id(), b.id());
        diff(out, "title", a.title(), b.title());
        diff(out, "publisher", a.publisher(), b.publisher());
        diff(out, "date", a.date(), b.date());
        diff(out, "url", a.url(), b.url());
        diff(out, "kind", a.kind(), b.kind());
        diff(out, "file", a.file(), b.file());
        if (!Objects.equals(a.text(), b.text()) && !out.contains("file")) out.add("text");
        return out;
    }

    static List<String> of(Entity a, Entity b) {
        List<String> out = new ArrayList<>();
        diff(out, "id", a.id(), b.id());
        diff(out, "name", a.name(), b.name());
        diff(out, "aliases", a.aliases(), b.aliases());
        diff(out, "kind", a.kind(), b.kind());
        diff(out, "country", a.country(), b.country());
        diff(out, "description", a.description(), b.description());
        diff(out, "start", a.start(), b.start());
        diff(out, "end", a.end(), b.end());
        diff(out, "status", a.status(), b.status());
        diff(out, "unverified", a.unverified(), b.unverified());
        evidence(out, a.evidence(), b.evidence());
        return out;
    }

    static List<String> of(Relation a, Relation b) {
        List<String> out = new ArrayList<>();
        diff(out, "id", a.id(), b.id());
        diff(out, "from", a.from(), b.from());
        diff(out, "to", a.to(), b.to());
        diff(out, "type", a.typeName(), b.typeName());
        diff(out, "status", a.status(), b.status());
        diff(out, "start", a.start(), b.start());
        diff(out, "end", a.end(), b.end());
        diff(out, "note", a.note(), b.note());
        diff(out, "unverified", a.unverified(), b.unverified());
        evidence(out, a.evidence(), b.evidence());
        return out;
    }

    private static void evidence(List<String> out, Evidence a, Evidence b) {
        diff(out, "passages", a.passages(), b.passages());
        diff(out, "references", a.references(), b.references());
    }

    private static void diff(List<String> out, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) out.add(name);
    }
}
