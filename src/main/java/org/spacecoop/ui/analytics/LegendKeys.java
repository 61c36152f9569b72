package org.spacecoop.ui.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jgrapht.Graph;
import org.spacecoop.core.analysis.Alignment;
import org.spacecoop.core.analysis.BlocView;
import org.spacecoop.core.analysis.Communities;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.render.LegendKey;

/** The legend's key for what the analytics choices draw: communities, blocs or a ramp; sizes; edge widths. */
final class LegendKeys {

    /** Communities listed by name; the rest share one line (they share the grey past the palette anyway). */
    static final int LISTED_COMMUNITIES = 8;
    /** Members named per community: its best connected. */
    static final int LEADING_MEMBERS = 3;

    private LegendKeys() {
    }

    static LegendKey of(MeasuresModel m, Graph<Entity, Relation> view) {
        return new LegendKey(colour(m, view), m.scaleProperty().get() == null ? null : m.scaleProperty().get().describe(),
                edgeNote(m));
    }

    private static LegendKey.Colour colour(MeasuresModel m, Graph<Entity, Relation> view) {
        switch (m.colourByProperty().get()) {
            case KIND -> {
                return null;
            }
            case COMMUNITY -> {
                return communities(m.communities(), view);
            }
            case BLOC -> {
                BlocView b = m.blocViewProperty().get();
                if (b == null) return null;
                List<LegendKey.Entry> entries = new ArrayList<>();
                Map<Alignment, List<Entity>> groups = b.groups();
                for (Alignment a : Alignment.values()) {
                    int n = groups.get(a).size();
                    if (n > 0) entries.add(new LegendKey.Entry(a.label() + " (" + n + ")", GroupColours.bloc(a)));
                }
                return new LegendKey.Groups("Colour: bloc", entries);
            }
            default -> {
                MeasuresModel.ColourScale cs = m.colourScaleProperty().get();
                if (cs == null) return null;
                return new LegendKey.Ramp("Colour: " + cs.measure().label().toLowerCase(Locale.ROOT),
                        SizeScale.format(cs.min()), SizeScale.format(cs.max()), MeasuresModel.ColourScale.LOW,
                        MeasuresModel.ColourScale.HIGH);
            }
        }
    }

    /** Each community by its best connected members, largest first. */
    static LegendKey.Groups communities(List<Communities.Community> list, Graph<Entity, Relation> view) {
        List<LegendKey.Entry> entries = new ArrayList<>();
        int listed = 0;
        for (Communities.Community c : list) {
            if (listed == LISTED_COMMUNITIES || GroupColours.community(c.index()) == GroupColours.REST) break;
            entries.add(new LegendKey.Entry(leading(c, view), GroupColours.community(c.index())));
            listed++;
        }
        int rest = list.size() - listed;
        if (rest > 0) {
            int members = list.subList(listed, list.size()).stream().mapToInt(Communities.Community::size).sum();
            entries.add(new LegendKey.Entry(rest + " smaller " + (rest == 1 ? "community" : "communities") + " ("
                    + members + (members == 1 ? " entity)" : " entities)"), GroupColours.REST));
        }
        return new LegendKey.Groups("Colour: community", entries);
    }

    private static String leading(Communities.Community c, Graph<Entity, Relation> view) {
        List<Entity> top = c.members().stream()
                .sorted(Comparator.comparingInt((Entity e) -> view.containsVertex(e) ? -view.degreeOf(e) : 0)
                        .thenComparing(Entity::name, String.CASE_INSENSITIVE_ORDER))
                .limit(LEADING_MEMBERS).toList();
        String names = String.join(", ", top.stream().map(LegendKeys::shortName).toList());
        int more = c.size() - top.size();
        return names + (more > 0 ? " +" + more : "");
    }

    /** A name short enough for a legend line: an all-capitals alias (ESA, CNSA) when the name is long. */
    static String shortName(Entity e) {
        if (e.name().length() <= 18) return e.name();
        for (String a : e.aliases()) {
            if (a.length() >= 2 && a.length() <= 8 && a.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch) || ch == '-')) return a;
        }
        return e.name().substring(0, 16).strip() + "…";
    }

    private static String edgeNote(MeasuresModel m) {
        String name = m.edgeWidthByProperty().get();
        if (name == null) return null;
        var values = m.edgeWidthValues().values();
        if (values.isEmpty()) return null;
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return "Edge width: " + name + ", " + SizeScale.format(min) + " – " + SizeScale.format(max);
    }
}
