package org.spacecoop.core.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.spacecoop.core.analysis.WhatIfReport.BlocLoss;
import org.spacecoop.core.analysis.WhatIfReport.Fallout;
import org.spacecoop.core.analysis.WhatIfReport.MeasureChange;
import org.spacecoop.core.analysis.WhatIfReport.Mover;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/** Plain-text forms of analysis results, shared by the command line and the explorer's panel. */
public final class ReportText {

    private ReportText() {
    }

    /** The report with relations named by their ids (the command line's form). */
    public static String whatIf(WhatIfReport r) {
        return whatIf(r, Relation::id);
    }

    /** The report with relations named by {@code relationName} (the explorer gives "ESA → provides-hardware → Gateway"). */
    public static String whatIf(WhatIfReport r, Function<Relation, String> relationName) {
        StringBuilder sb = new StringBuilder();
        line(sb, "What if %s were removed", String.join(", ", r.removed().stream().map(e -> e.name() + " (" + e.id() + ")").toList()));
        for (Fallout f : r.fallout()) line(sb, "Also gone: %s (%s)", f.entity().name(), f.reason());
        line(sb, "\nRelations lost: %d", r.lostRelations().size());
        for (Relation rel : r.lostRelations()) line(sb, "  %-52s [%s]", relationName.apply(rel), rel.status().id());
        line(sb, "\nPrograms left without any partner from a bloc: %d", r.blocLosses().size());
        for (BlocLoss l : r.blocLosses()) {
            line(sb, "  %s: no %s partner left (had %s)", l.program().name(), l.bloc(), names(l.lostPartners()));
        }
        r.anchor().ifPresent(a -> {
            line(sb, "\nCut off from %s: %d", a.name(), r.cutOff().size());
            for (Entity e : r.cutOff()) line(sb, "  %s (%s)", e.name(), e.id());
        });
        line(sb, "\nConnected components: %d → %d (largest: %d → %d entities)", r.componentsBefore(),
                r.componentsAfter(), r.largestBefore(), r.largestAfter());
        for (MeasureChange c : r.changes()) {
            line(sb, "\nLargest changes of %s:", c.measure().label());
            if (c.movers().isEmpty()) line(sb, "  none");
            for (Mover m : c.movers()) {
                line(sb, "  %-36s %10s → %-10s rank %d → %d", m.entity().name(), score(m.before()), score(m.after()),
                        m.rankBefore(), m.rankAfter());
            }
        }
        return sb.toString();
    }

    /** Whole numbers as such, others with four decimals. */
    public static String score(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) return String.valueOf((long) value);
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String names(List<Entity> entities) {
        return String.join(", ", entities.stream().map(Entity::name).toList());
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
