package org.spacecoop.ui.filter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.spacecoop.core.filter.FilterCounts;
import org.spacecoop.core.filter.FilterOptions;
import org.spacecoop.core.filter.FilterOptions.SourceOption;
import org.spacecoop.core.filter.FilterState;
import org.spacecoop.core.filter.FilteredGraph;
import org.spacecoop.core.filter.Scenario;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.ui.common.Subscriptions;

/**
 * The "Filters" tab of the side panel: scenarios, the text form, name, focus, evidence, time and the check lists.
 * Every control forwards to the {@link FilterViewModel} at once and shows its state.
 */
public final class FilterPanel extends ScrollPane {

    private final FilterViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private final List<ToggleButton> scenarios;
    private final TextField textForm = new TextField();
    private final Label textError = new Label();
    private final TextField name = new TextField();
    private final Spinner<Integer> depth = new Spinner<>(1, 3, 1);
    private final Label focusLabel = new Label();
    private final Spinner<Integer> minPassages = new Spinner<>(0, 20, 0);
    private final CheckBox hideIsolated = new CheckBox("Hide isolated nodes");
    private final TimeControls time;
    private final FilterCheckList<Status> statuses;
    private final FilterCheckList<RelationType> types;
    private final FilterCheckList<EntityKind> kinds;
    private final FilterCheckList<SourceOption> sources;
    private boolean syncing;

    public FilterPanel(FilterViewModel vm) {
        this.vm = vm;
        setId("filter-panel");
        getStyleClass().add("filter-panel");
        getStylesheets().add(FilterPanel.class.getResource("filters.css").toExternalForm());
        setFitToWidth(true);
        time = new TimeControls(vm);
        scenarios = Arrays.stream(Scenario.values()).map(this::scenarioButton).toList();
        statuses = new FilterCheckList<>("filter-statuses", "Statuses", s -> s.id() + count(c -> c.status(s)), vm::setStatus,
                () -> vm.setStatuses(EnumSet.allOf(Status.class)), () -> vm.setStatuses(List.of()));
        types = new FilterCheckList<>("filter-types", "Relation types", t -> t.id() + count(c -> c.type(t)), vm::setType,
                () -> vm.setTypes(EnumSet.allOf(RelationType.class)), () -> vm.setTypes(List.of()));
        kinds = new FilterCheckList<>("filter-kinds", "Entity kinds", k -> k.id() + count(c -> c.kind(k)), vm::setKind,
                () -> vm.setKinds(EnumSet.allOf(EntityKind.class)), () -> vm.setKinds(List.of()));
        sources = new FilterCheckList<>("filter-sources", "Sources (none checked: any)",
                o -> o.label() + sourceCount(o), this::toggleSource,
                () -> vm.setSources(sourceKeys()), () -> vm.setSources(List.of()));
        setContent(content());

        subscriptions.onChange(vm.filteredProperty(), (a, f) -> showCounts());
        subscriptions.onChange(vm.stateProperty(), (a, s) -> show(s));
        // Each list follows the property it is made from, so a new graph refills them whatever order the two change
        // in, and even when one of them equals the previous graph's (two files with no sources and no dates).
        subscriptions.onChange(vm.totalsProperty(), (a, t) -> setTotals(t));
        subscriptions.onChange(vm.optionsProperty(), (a, opts) -> setOptions(opts));
        setTotals(vm.totalsProperty().get());
        setOptions(vm.optionsProperty().get());
        show(vm.get());
    }

    public FilterViewModel viewModel() {
        return vm;
    }

    /** Stops following the model (the window is closing). */
    public void dispose() {
        subscriptions.unsubscribeAll();
    }

    /** F focuses on the selected entity's neighbourhood, Shift+F clears the focus (a key handler for the window). */
    public void keyPressed(KeyEvent e) {
        if (e.getCode() != KeyCode.F || e.isShortcutDown() || e.isAltDown() || e.getTarget() instanceof TextInputControl) return;
        if (e.isShiftDown()) vm.clearFocus();
        else vm.focusOnSelection();
        e.consume();
    }

    private VBox content() {
        FlowPane scenarioRow = new FlowPane(4, 4);
        scenarioRow.getChildren().addAll(scenarios);
        Label status = new Label();
        status.setId("filter-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusLineProperty());
        Button clear = new Button("Clear filters");
        clear.setId("clear-filters");
        clear.setOnAction(e -> vm.clear());

        textForm.setId("filter-text");
        textForm.setPromptText("e.g. scenario=today;asof=2025-03;focus=esa:2");
        textForm.setTooltip(new Tooltip("The filters as text: copy it, edit it, Enter applies it"));
        textForm.setOnAction(e -> vm.applyText(textForm.getText()));
        Button copy = new Button("Copy");
        copy.setId("copy-filter-text");
        copy.setTooltip(new Tooltip("Copy the filters as text (for the command line's --filter)"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.textFormProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox.setHgrow(textForm, javafx.scene.layout.Priority.ALWAYS);
        textError.setId("filter-text-error");
        textError.getStyleClass().add("filter-error");
        textError.setWrapText(true);
        textError.textProperty().bind(vm.textErrorProperty());
        textError.visibleProperty().bind(vm.textErrorProperty().isNotEmpty());
        textError.managedProperty().bind(textError.visibleProperty());

        name.setId("filter-name");
        name.setPromptText("Name or alias contains…");
        name.textProperty().addListener((o, a, t) -> {
            if (!syncing) vm.setText(t);
        });

        depth.setId("focus-depth");
        depth.setPrefWidth(64);
        depth.valueProperty().addListener((o, a, d) -> {
            if (!syncing) vm.focusDepthProperty().set(d);
        });
        Button focus = new Button("Focus");
        focus.setId("focus-button");
        focus.setTooltip(new Tooltip("Show only the selected entity and its neighbours to this depth (F)"));
        focus.setOnAction(e -> vm.focusOnSelection());
        Button unfocus = new Button("Clear");
        unfocus.setId("clear-focus");
        unfocus.setTooltip(new Tooltip("Clear the focus (Shift+F)"));
        unfocus.setOnAction(e -> vm.clearFocus());
        focusLabel.setId("focus-label");
        FlowPane focusRow = new FlowPane(6, 4, new Label("Depth"), depth, focus, unfocus); // wraps in a narrow panel
        focusRow.setAlignment(Pos.CENTER_LEFT);

        minPassages.setId("min-passages");
        minPassages.setPrefWidth(70);
        minPassages.setTooltip(new Tooltip("Show only relations supported by at least this many quotes and references"));
        minPassages.valueProperty().addListener((o, a, n) -> {
            if (!syncing) vm.setMinPassages(n);
        });
        hideIsolated.setId("hide-isolated");
        hideIsolated.selectedProperty().addListener((o, a, on) -> {
            if (!syncing) vm.setShowIsolated(!on);
        });

        VBox box = new VBox(8, heading("Scenario"), scenarioRow, row(clear), status,
                heading("Filter as text"), row(textForm, copy), textError,
                heading("Name"), name,
                heading("Focus"), focusRow, focusLabel,
                heading("Evidence: passages + references"), row(new Label("At least"), minPassages),
                hideIsolated, time, statuses, types, kinds, sources);
        box.getStyleClass().add("filter-content");
        WholeLabels.keep(box);
        return box;
    }

    private ToggleButton scenarioButton(Scenario s) {
        ToggleButton b = new ToggleButton(s.label());
        b.setId("scenario-" + s.id());
        b.setTooltip(new Tooltip(String.join(", ", s.statuses().stream().map(Status::id).toList())));
        b.setOnAction(e -> {
            vm.chooseScenario(s);
            show(vm.get()); // a second click must not leave the button unselected
        });
        return b;
    }

    private void toggleSource(SourceOption o, boolean on) {
        Set<String> next = new TreeSet<>(vm.get().sources());
        if (on) next.add(o.key());
        else next.remove(o.key());
        vm.setSources(next);
    }

    private List<String> sourceKeys() {
        FilterOptions o = vm.optionsProperty().get();
        return o == null ? List.of() : o.sources().stream().map(SourceOption::key).toList();
    }

    /** Offers the statuses, types and kinds the graph has (a new graph, or none). */
    private void setTotals(FilterCounts totals) {
        statuses.setItems(present(Status.values(), totals, FilterCounts::status));
        types.setItems(present(RelationType.values(), totals, FilterCounts::type));
        kinds.setItems(present(EntityKind.values(), totals, FilterCounts::kind));
        show(vm.get());
    }

    private static <E> List<E> present(E[] values, FilterCounts totals, ToIntBiFunction<FilterCounts, E> count) {
        return totals == null ? List.of() : Arrays.stream(values).filter(v -> count.applyAsInt(totals, v) > 0).toList();
    }

    private void setOptions(FilterOptions options) {
        sources.setItems(options == null ? List.of() : options.sources());
        time.setOptions(options);
        show(vm.get());
    }

    private void show(FilterState s) {
        syncing = true;
        try {
            for (int i = 0; i < scenarios.size(); i++) {
                scenarios.get(i).setSelected(s.scenario().orElse(null) == Scenario.values()[i]);
            }
            if (!textForm.isFocused() || vm.textErrorProperty().get().isEmpty()) textForm.setText(vm.textFormProperty().get());
            if (!name.getText().strip().equals(s.text())) name.setText(s.text());
            depth.getValueFactory().setValue(vm.focusDepthProperty().get());
            focusLabel.setText(s.focus() == null ? "No focus" : "Focused on " + s.focus().entityId() + ", depth " + s.focus().depth());
            minPassages.getValueFactory().setValue(s.minPassages());
            hideIsolated.setSelected(!s.showIsolated());
        } finally {
            syncing = false;
        }
        time.show(s);
        statuses.show(s.statuses()::contains);
        types.show(s.types()::contains);
        kinds.show(s.kinds()::contains);
        sources.show(o -> s.sources().contains(o.key()));
    }

    /** The check lists' "shown/total" counts follow each filtered graph. */
    private void showCounts() {
        statuses.show(vm.get().statuses()::contains);
        types.show(vm.get().types()::contains);
        kinds.show(vm.get().kinds()::contains);
        sources.show(o -> vm.get().sources().contains(o.key()));
    }

    /** " 12/30": shown of total, from the current filtered graph and the totals. */
    private String count(ToIntFunction<FilterCounts> of) {
        FilterCounts totals = vm.totalsProperty().get();
        FilteredGraph f = vm.getFiltered();
        if (totals == null || f == null) return "";
        return "  " + of.applyAsInt(f.counts()) + "/" + of.applyAsInt(totals);
    }

    /** "  12/30": relations shown that the source evidences, of all it evidences. */
    private String sourceCount(SourceOption o) {
        FilteredGraph f = vm.getFiltered();
        return "  " + (f == null ? "" : f.relationsEvidencedBy(o.key()) + "/") + o.relations();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("filter-heading");
        l.setWrapText(true);
        return l;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
