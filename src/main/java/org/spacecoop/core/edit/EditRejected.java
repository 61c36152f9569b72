package org.spacecoop.core.edit;

import java.util.List;

import org.spacecoop.core.io.RecordChecks.FieldProblem;

/** An edit the loader's rules refuse; nothing was changed. Each problem names the field a form shows it at. */
public final class EditRejected extends Exception {

    private final transient List<FieldProblem> problems;

    public EditRejected(String what, List<FieldProblem> problems) {
        super("Cannot " + what + ": " + String.join("; ", problems.stream().map(FieldProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
