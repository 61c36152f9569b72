package org.spacecoop.ui.detail;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Source;

/**
 * One passage: the source's title, publisher and date, the quote with its mentions highlighted (selectable, Ctrl+C
 * copies), "Copy with citation" and "Open in source".
 */
public final class PassageCard extends VBox {

    /**
     * @param onEntity   selects an entity whose mention is clicked
     * @param openSource opens the passage in the source viewer; null when the document text is not available
     * @param copied     told what was put on the clipboard (the status bar says so)
     */
    public PassageCard(Passage p, Source src, List<Mark> marks, Consumer<Entity> onEntity, Runnable openSource,
                       Consumer<String> copied) {
        super(3);
        getStyleClass().add("passage-card");
        if (!p.curated()) getStyleClass().add("passage-found");
        setUserData(p);
        Label source = new Label(src == null ? p.sourceId() : describe(src));
        source.getStyleClass().add("passage-source");
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        TextFlow quote = MarkedText.flow("“" + p.text().strip() + "”", shifted(marks, p), onEntity);
        quote.getStyleClass().add("passage-quote");
        getChildren().addAll(source, new SelectableFlow(quote));
        Hyperlink copy = new Hyperlink("Copy with citation");
        copy.getStyleClass().add("copy-citation");
        copy.setTooltip(new Tooltip("Copy the quote with its source's title, publisher, date and address"));
        copy.setOnAction(e -> {
            String text = Citation.of(p, src);
            SelectableFlow.putOnClipboard(text);
            copied.accept(text);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(copy, spacer);
        if (openSource != null) {
            Hyperlink open = new Hyperlink("Open in source");
            open.getStyleClass().add("open-source");
            open.setOnAction(e -> openSource.run());
            actions.getChildren().add(open);
        }
        getChildren().add(actions);
    }

    /** The quote is shown stripped and inside quotation marks: move the marks along. */
    private static List<Mark> shifted(List<Mark> marks, Passage p) {
        int lead = p.text().length() - p.text().stripLeading().length();
        return marks.stream().filter(m -> m.start() >= lead).map(m -> m.shift(1 - lead)).toList();
    }

    static String describe(Source s) {
        StringBuilder sb = new StringBuilder(s.title());
        if (s.publisher() != null) sb.append(" — ").append(s.publisher());
        if (s.date() != null) sb.append(", ").append(s.date());
        return sb.toString();
    }
}
