package org.spacecoop.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The export dialog: format and file; for images the scope (current view or whole graph), size (1×, 2×, 4× or a
 * pixel width), background (theme or transparent), legend and caption. Returns the chosen {@link ExportSettings}.
 */
public final class ExportDialog extends Dialog<ExportSettings> {

    static final String[] SIZES = {"1×", "2×", "4×", "Pixel width"};

    private final ChoiceBox<ExportSettings.Format> format = new ChoiceBox<>(FXCollections.observableArrayList(ExportSettings.Format.values()));
    private final TextField file = new TextField();
    private final RadioButton currentView = new RadioButton("Current view");
    private final RadioButton wholeGraph = new RadioButton("Whole graph");
    private final ChoiceBox<String> size = new ChoiceBox<>(FXCollections.observableArrayList(SIZES));
    private final TextField width = new TextField("2000");
    private final CheckBox transparent = new CheckBox("Transparent background");
    private final CheckBox legend = new CheckBox("Legend");
    private final CheckBox caption = new CheckBox("Caption (title, filter, as-of date, sources)");

    public ExportDialog(Window owner, ExportSettings.Format initial, Path folder, String baseName) {
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export the graph as an image or a graph file");
        getDialogPane().setId("export-dialog");
        format.setId("export-format");
        file.setId("export-file");
        currentView.setId("export-scope-view");
        wholeGraph.setId("export-scope-whole");
        size.setId("export-size");
        width.setId("export-width");
        transparent.setId("export-transparent");
        legend.setId("export-legend");
        caption.setId("export-caption");

        format.setValue(initial);
        file.setPrefColumnCount(32);
        file.setText(folder.resolve(baseName + "." + initial.extension()).toString());
        format.valueProperty().addListener((o, a, b) -> retypeFile(a, b));
        ToggleGroup scope = new ToggleGroup();
        currentView.setToggleGroup(scope);
        wholeGraph.setToggleGroup(scope);
        wholeGraph.setSelected(true);
        size.setValue(SIZES[0]);
        width.setPrefColumnCount(6);
        width.disableProperty().bind(size.valueProperty().isNotEqualTo(SIZES[3]));
        legend.setSelected(true);

        Button choose = new Button("Choose…");
        choose.setId("export-choose");
        choose.setOnAction(e -> chooseFile());
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("File"), fileRow);
        Node[] imageRows = {
            row(grid, 2, "Scope", new HBox(12, currentView, wholeGraph)),
            row(grid, 3, "Size", new HBox(8, size, width, new Label("px"))),
            row(grid, 4, "Background", transparent),
            row(grid, 5, "Include", new HBox(12, legend, caption)),
        };
        for (Node n : imageRows) n.disableProperty().bind(Bindings.createBooleanBinding(() -> !format.getValue().isImage(), format.valueProperty()));
        getDialogPane().setContent(grid);

        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(export);
        ok.setId("export-ok");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> file.getText().isBlank() || !widthValid(), file.textProperty(),
                width.textProperty(), size.valueProperty()));
        setResultConverter(b -> b == export ? settings() : null);
    }

    private static Node row(GridPane grid, int row, String label, Node content) {
        grid.addRow(row, new Label(label), content);
        return content;
    }

    private boolean widthValid() {
        if (!SIZES[3].equals(size.getValue())) return true;
        try {
            int w = Integer.parseInt(width.getText().trim());
            return w >= 1 && w <= 20000;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    ExportSettings settings() {
        int idx = Arrays.asList(SIZES).indexOf(size.getValue());
        double scale = idx == 1 ? 2 : idx == 2 ? 4 : 1;
        int px = idx == 3 ? Integer.parseInt(width.getText().trim()) : 0;
        return new ExportSettings(format.getValue(), Path.of(file.getText().trim()), wholeGraph.isSelected(), scale, px,
                transparent.isSelected(), legend.isSelected(), caption.isSelected());
    }

    /** Keeps the file name's extension in step with the format. */
    private void retypeFile(ExportSettings.Format from, ExportSettings.Format to) {
        String text = file.getText();
        String suffix = "." + from.extension();
        if (text.toLowerCase(Locale.ROOT).endsWith(suffix)) {
            file.setText(text.substring(0, text.length() - suffix.length()) + "." + to.extension());
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to");
        ExportSettings.Format f = format.getValue();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.toString(), "*." + f.extension()));
        Path current = Path.of(file.getText().isBlank() ? "export." + f.extension() : file.getText().trim()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) chooser.setInitialDirectory(current.getParent().toFile());
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) file.setText(chosen.getPath());
    }
}
