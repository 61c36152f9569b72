package org.spacecoop.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.spacecoop.core.analysis.Measure;
import org.spacecoop.core.analysis.ReportText;
import org.spacecoop.core.analysis.WhatIf;
import org.spacecoop.core.analysis.WhatIfReport;
import org.spacecoop.core.analysis.WhatIfReport.BlocLoss;
import org.spacecoop.core.analysis.WhatIfReport.Fallout;
import org.spacecoop.core.analysis.WhatIfReport.MeasureChange;
import org.spacecoop.core.analysis.WhatIfReport.Mover;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code whatif DATA --remove ID[,ID…] [--anchor ID]}: what a hypothetical removal of actors breaks. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Removes entities hypothetically and reports the relations lost, the entities cut off and how"
                + " components and centralities change. The data file is not changed.")
public final class WhatIfCommand extends AnalysisCommand {

    @Option(names = "--remove", required = true, split = ",", paramLabel = "ID", description = "Ids, names or aliases to remove.")
    List<String> remove;

    @Option(names = "--anchor", paramLabel = "ID", description = "Report the entities that lose their connection to this one.")
    String anchor;

    @Option(names = "--measures", split = ",", paramLabel = "MEASURE", converter = MeasureConverter.class,
            defaultValue = "degree,betweenness", description = "Measures to compare (default: ${DEFAULT-VALUE}).")
    List<Measure> measures;

    @Option(names = "--no-fallout", description = "Remove only the named entities, not their parts and the programs only they lead.")
    boolean noFallout;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Largest changes listed per measure (default: ${DEFAULT-VALUE}).")
    int top;

    public WhatIfCommand() {
        this(DefaultGraphLoader.INSTANCE);
    }

    WhatIfCommand(GraphLoader loader) {
        super(loader);
    }

    @Override
    int run(CooperationGraph graph, PrintWriter out) throws BadInput {
        List<Entity> removed = new ArrayList<>();
        for (String id : remove) if (!id.isBlank()) removed.add(entity(graph, id));
        if (removed.isEmpty()) throw new BadInput("--remove names no entity");
        Entity anchorEntity = anchor == null ? null : entity(graph, anchor);
        if (anchorEntity != null && removed.contains(anchorEntity)) {
            throw new BadInput("the anchor " + anchorEntity.id() + " is also being removed");
        }
        WhatIfReport report;
        try {
            report = new WhatIf(view(graph)).measures(EnumSet.copyOf(measures)).topMovers(Math.max(0, top))
                .fallout(!noFallout).run(removed, anchorEntity);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        if (json) out.println(Json.print(toJson(report)));
        else print(out, report);
        return OK;
    }

    private static void print(PrintWriter out, WhatIfReport r) {
        out.print(ReportText.whatIf(r).replace("\n", System.lineSeparator()));
    }

    private static JsonObject toJson(WhatIfReport r) {
        JsonObject o = new JsonObject();
        o.add("removed", Json.entities(r.removed()));
        JsonArray fallout = new JsonArray();
        for (Fallout f : r.fallout()) {
            JsonObject fo = Json.entity(f.entity());
            fo.addProperty("reason", f.reason());
            fallout.add(fo);
        }
        o.add("fallout", fallout);
        o.add("lostRelations", Json.relations(r.lostRelations()));
        JsonArray losses = new JsonArray();
        for (BlocLoss l : r.blocLosses()) {
            JsonObject lo = new JsonObject();
            lo.add("program", Json.entity(l.program()));
            lo.addProperty("bloc", l.bloc());
            lo.add("lostPartners", Json.entities(l.lostPartners()));
            losses.add(lo);
        }
        o.add("blocLosses", losses);
        r.anchor().ifPresent(a -> o.add("anchor", Json.entity(a)));
        o.add("cutOff", Json.entities(r.cutOff()));
        JsonObject comp = new JsonObject();
        comp.addProperty("before", r.componentsBefore());
        comp.addProperty("after", r.componentsAfter());
        comp.addProperty("largestBefore", r.largestBefore());
        comp.addProperty("largestAfter", r.largestAfter());
        o.add("components", comp);
        JsonObject changes = new JsonObject();
        for (MeasureChange c : r.changes()) {
            JsonArray movers = new JsonArray();
            for (Mover m : c.movers()) {
                JsonObject mo = Json.entity(m.entity());
                mo.addProperty("before", m.before());
                mo.addProperty("after", m.after());
                mo.addProperty("rankBefore", m.rankBefore());
                mo.addProperty("rankAfter", m.rankAfter());
                movers.add(mo);
            }
            changes.add(c.measure().id(), movers);
        }
        o.add("changes", changes);
        return o;
    }
}
