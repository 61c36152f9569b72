package org.spacecoop.ui.detail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Cursor;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.render.FontFallback;
import org.spacecoop.ui.common.ScriptFonts;

/** Turns a text and its marks into a TextFlow of styled Text runs; overlapping marks: the earlier, longer one wins. */
public final class MarkedText {

    private MarkedText() {
    }

    /**
     * @param onEntity called when a mark with an entity is clicked (null: marks are not clickable)
     */
    public static TextFlow flow(String text, List<Mark> marks, Consumer<Entity> onEntity) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("marked-text");
        flow.getChildren().addAll(runs(text, marks, onEntity));
        return flow;
    }

    /** The Text runs alone, for callers that add them to their own flow. */
    public static List<Text> runs(String text, List<Mark> marks, Consumer<Entity> onEntity) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(m -> -(m.end() - m.start())));
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (Mark m : sorted) {
            if (m.start() < at || m.end() > text.length() || m.start() == m.end()) continue;
            if (m.start() > at) runs.addAll(plain(text.substring(at, m.start())));
            runs.add(marked(text.substring(m.start(), m.end()), m, onEntity));
            at = m.end();
        }
        if (at < text.length()) runs.addAll(plain(text.substring(at)));
        return runs;
    }

    private static List<Text> plain(String s) {
        return ScriptFonts.texts(s, "passage-text");
    }

    private static Text marked(String s, Mark m, Consumer<Entity> onEntity) {
        Text t = new Text(s);
        t.getStyleClass().addAll("passage-text", m.styleClass());
        if (ScriptFonts.needsFallback(s)) t.setStyle(ScriptFonts.familyStyle(FontFallback.scriptOf(s)));
        if (m.entity() != null) {
            t.setUserData(m.entity());
            if (onEntity != null) {
                t.getStyleClass().add("mention-link");
                t.setCursor(Cursor.HAND);
                t.setOnMouseClicked(e -> {
                    if (e.isStillSincePress()) onEntity.accept(m.entity()); // a drag selects text instead
                });
            }
        }
        return t;
    }
}
