package org.spacecoop.core.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.spacecoop.core.edit.Op.Section;
import org.spacecoop.core.io.RecordChecks;
import org.spacecoop.core.io.RecordChecks.Checked;
import org.spacecoop.core.io.RecordChecks.FieldProblem;
import org.spacecoop.core.io.SourceResolver;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Evidence;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;

/**
 * Turns an {@link Edit} into a {@link Step} for the document as it stands: checks it with the loader's rules
 * ({@link RecordChecks}) and works out the changes, without changing anything.
 */
final class Planner {

    private final DatasetDocument doc;
    private final RecordChecks checks;

    Planner(DatasetDocument doc, SourceResolver documents) {
        this.doc = doc;
        this.checks = new RecordChecks(doc, documents);
    }

    Step plan(Edit edit) throws EditRejected {
        if (edit instanceof Edit.AddSource e) {
            return add(Section.SOURCES, "source", e.source(), e.index(), Source::id, checks::source, s -> "add source " + s.id());
        } else if (edit instanceof Edit.AddEntity e) {
            return add(Section.ENTITIES, "entity", e.entity(), e.index(), Entity::id, checks::entity, x -> "add entity " + x.id());
        } else if (edit instanceof Edit.AddRelation e) {
            return add(Section.RELATIONS, "relation", e.relation(), e.index(), Relation::id, checks::relation,
                    r -> "add relation " + label(r));
        } else if (edit instanceof Edit.ChangeSource e) {
            return changeSource(e.source());
        } else if (edit instanceof Edit.ChangeEntity e) {
            return change(Section.ENTITIES, "entity", e.entity(), Entity::id, checks::entity, ChangedFields::of,
                    x -> "entity " + x.id());
        } else if (edit instanceof Edit.ChangeRelation e) {
            return change(Section.RELATIONS, "relation", e.relation(), Relation::id, checks::relation, ChangedFields::of,
                    r -> "relation " + label(r));
        } else if (edit instanceof Edit.DeleteSource e) {
            return deleteSource(e.id());
        } else if (edit instanceof Edit.DeleteEntity e) {
            return deleteEntity(e.id());
        } else if (edit instanceof Edit.DeleteRelation e) {
            return deleteRelation(e.id());
        }
        return header((Edit.ChangeHeader) edit);
    }

    /** "esa → member-of → ilrs". */
    static String label(Relation r) {
        return r.from() + " → " + r.typeName() + " → " + r.to();
    }

    private <T> Step add(Section section, String what, T record, int index, Function<T, String> idOf,
                         Function<T, Checked<T>> check, Function<T, String> name) throws EditRejected {
        String action = "add " + what + " " + idOf.apply(record);
        List<FieldProblem> problems = new ArrayList<>();
        Table<T> table = doc.table(section);
        String id = idOf.apply(record);
        if (id != null && table.get(id) != null) problems.add(new FieldProblem("id", RecordChecks.duplicate(what, id)));
        int at = index == -1 ? table.size() : index;
        if (at < 0 || at > table.size()) problems.add(new FieldProblem("index", "no position " + index + " among " + table.size()));
        Checked<T> checked = check.apply(record);
        problems.addAll(checked.problems());
        if (!problems.isEmpty()) throw new EditRejected(action, problems);
        T ok = checked.record();
        Edit applied = switch (section) {
            case SOURCES -> new Edit.AddSource((Source) ok, at);
            case ENTITIES -> new Edit.AddEntity((Entity) ok, at);
            case RELATIONS -> new Edit.AddRelation((Relation) ok, at);
        };
        return new Step(name.apply(ok), applied, List.of(new Op.Insert(section, at, ok)));
    }

    private interface Differ<T> {
        List<String> changed(T before, T after);
    }

    private <T> Step change(Section section, String what, T record, Function<T, String> idOf,
                            Function<T, Checked<T>> check, Differ<T> differ, Function<T, String> label) throws EditRejected {
        String id = idOf.apply(record);
        Table<T> table = doc.table(section);
        T before = id == null ? null : table.get(id);
        if (before == null) {
            throw new EditRejected("change " + what + " " + id, List.of(new FieldProblem("id", "no " + what + " "
                    + (id == null ? "without id" : "\"" + id + "\""))));
        }
        Checked<T> checked = check.apply(record);
        if (!checked.ok()) throw new EditRejected("change " + label.apply(before), checked.problems());
        T after = checked.record();
        List<String> fields = differ.changed(before, after);
        Edit applied = switch (section) {
            case SOURCES -> new Edit.ChangeSource((Source) after);
            case ENTITIES -> new Edit.ChangeEntity((Entity) after);
            case RELATIONS -> new Edit.ChangeRelation((Relation) after);
        };
        String name = "change " + label.apply(after) + (fields.isEmpty() ? "" : " (" + String.join(", ", fields) + ")");
        if (fields.isEmpty()) return new Step(name, applied, List.of());
        return new Step(name, applied, List.of(new Op.Replace(section, table.indexOf(id), before, after)));
    }

    /**
     * A source's change; when its document changes, every passage quoting it is located again in the new text
     * (refused if one is not found there), as part of the same step.
     */
    private Step changeSource(Source given) throws EditRejected {
        Source old = given.id() == null ? null : doc.source(given.id());
        Source source = given;
        if (old != null) { // same file: its text as loaded unless given; another file: read it
            boolean sameFile = Objects.equals(old.file(), given.file());
            String text = !sameFile ? null : given.text() != null ? given.text() : old.text();
            source = new Source(given.id(), given.title(), given.publisher(), given.date(), given.url(), given.kind(),
                    given.file(), text);
        }
        Step step = change(Section.SOURCES, "source", source, Source::id, checks::source, ChangedFields::of, s -> "source " + s.id());
        if (step.isEmpty()) return step;
        Op.Replace replace = (Op.Replace) step.ops().get(0);
        Source before = (Source) replace.before(), after = (Source) replace.after();
        if (Objects.equals(before.text(), after.text())) return step;
        List<Op> ops = new ArrayList<>(step.ops());
        List<FieldProblem> problems = new ArrayList<>();
        RecordChecks relocating = new RecordChecks(new Replacing(doc, after), f -> Optional.empty());
        relocate(Section.ENTITIES, doc.entities(), Entity::evidence, before.id(), relocating::entity, ops, problems);
        relocate(Section.RELATIONS, doc.relations(), Relation::evidence, before.id(), relocating::relation, ops, problems);
        if (!problems.isEmpty()) throw new EditRejected("change source " + before.id(), problems);
        return new Step(step.name(), step.edit(), ops);
    }

    private <T> void relocate(Section section, List<T> records, Function<T, Evidence> evidence, String sourceId,
                              Function<T, Checked<T>> check, List<Op> ops, List<FieldProblem> problems) {
        for (int i = 0; i < records.size(); i++) {
            T r = records.get(i);
            if (!quotes(evidence.apply(r), sourceId)) continue;
            Checked<T> checked = check.apply(r);
            if (!checked.ok()) {
                for (FieldProblem p : checked.problems()) problems.add(new FieldProblem("file", r + ": " + p.message()));
            } else if (!evidence.apply(checked.record()).equals(evidence.apply(r))) {
                ops.add(new Op.Replace(section, i, r, checked.record()));
            }
        }
    }

    private static boolean quotes(Evidence e, String sourceId) {
        for (Passage p : e.passages()) if (p.sourceId().equals(sourceId)) return true;
        return false;
    }

    private Step deleteSource(String id) throws EditRejected {
        Source s = id == null ? null : doc.source(id);
        if (s == null) throw new EditRejected("delete source " + id, List.of(new FieldProblem("id", "no source \"" + id + "\"")));
        List<String> quoting = new ArrayList<>();
        for (Entity e : doc.entities()) if (quotes(e.evidence(), id)) quoting.add("entity " + e.id());
        for (Relation r : doc.relations()) if (quotes(r.evidence(), id)) quoting.add("relation " + r.id());
        if (!quoting.isEmpty()) {
            String some = String.join(", ", quoting.subList(0, Math.min(5, quoting.size()))) + (quoting.size() > 5 ? ", …" : "");
            throw new EditRejected("delete source " + id, List.of(new FieldProblem("id", "source \"" + id + "\" is quoted by "
                    + quoting.size() + (quoting.size() == 1 ? " record" : " records") + " (" + some + "): remove those passages first")));
        }
        return new Step("delete source " + id, new Edit.DeleteSource(id),
                List.of(new Op.Remove(Section.SOURCES, doc.table(Section.SOURCES).indexOf(id), s)));
    }

    private Step deleteEntity(String id) throws EditRejected {
        Entity e = id == null ? null : doc.entity(id);
        if (e == null) throw new EditRejected("delete entity " + id, List.of(new FieldProblem("id", "no entity \"" + id + "\"")));
        List<Relation> all = doc.relations();
        List<Object> going = new ArrayList<>();
        int[] positions = new int[16];
        for (int i = 0; i < all.size(); i++) {
            Relation r = all.get(i);
            if (!r.from().equals(id) && !r.to().equals(id)) continue;
            if (going.size() == positions.length) positions = Arrays.copyOf(positions, positions.length * 2);
            positions[going.size()] = i;
            going.add(r);
        }
        List<Op> ops = new ArrayList<>(2);
        if (!going.isEmpty()) ops.add(new Op.RemoveAll(Section.RELATIONS, Arrays.copyOf(positions, going.size()), going));
        ops.add(new Op.Remove(Section.ENTITIES, doc.table(Section.ENTITIES).indexOf(id), e));
        String name = "delete entity " + id + switch (going.size()) {
            case 0 -> "";
            case 1 -> " and its relation";
            default -> " and its " + going.size() + " relations";
        };
        return new Step(name, new Edit.DeleteEntity(id), ops);
    }

    private Step deleteRelation(String id) throws EditRejected {
        Relation r = id == null ? null : doc.relation(id);
        if (r == null) throw new EditRejected("delete relation " + id, List.of(new FieldProblem("id", "no relation \"" + id + "\"")));
        return new Step("delete relation " + label(r), new Edit.DeleteRelation(id),
                List.of(new Op.Remove(Section.RELATIONS, doc.table(Section.RELATIONS).indexOf(id), r)));
    }

    private Step header(Edit.ChangeHeader e) throws EditRejected {
        String title = e.title() == null ? "" : e.title();
        String wrong = RecordChecks.asOfProblem(e.asOf(), doc.sources(), doc.entities(), doc.relations());
        if (wrong != null) throw new EditRejected("change the as-of date", List.of(new FieldProblem("asOf", wrong)));
        List<String> fields = new ArrayList<>();
        if (!title.equals(doc.title())) fields.add("title");
        if (!Objects.equals(e.asOf(), doc.asOf())) fields.add("as-of date");
        Edit applied = new Edit.ChangeHeader(title, e.asOf());
        String name = "change the dataset's " + (fields.isEmpty() ? "title" : String.join(" and ", fields));
        if (fields.isEmpty()) return new Step(name, applied, List.of());
        return new Step(name, applied, List.of(new Op.Header(doc.title(), doc.asOf(), title, e.asOf())));
    }

    /** The document's context with one source replaced: passages are located in its new text. */
    private record Replacing(DatasetDocument doc, Source replacement) implements RecordChecks.Context {
        public Source source(String id) {
            return id.equals(replacement.id()) ? replacement : doc.source(id);
        }

        public boolean hasEntity(String id) {
            return doc.hasEntity(id);
        }

        public Collection<String> entityIds() {
            return doc.entityIds();
        }

        public Collection<String> sourceIds() {
            return doc.sourceIds();
        }

        public PartialDate asOf() {
            return doc.asOf();
        }
    }
}
