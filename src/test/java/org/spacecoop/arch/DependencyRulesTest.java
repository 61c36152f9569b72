package org.spacecoop.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies run one way: each level uses only the levels below it, and packages on one level do not use each
 * other, so any package can be read, tested and changed knowing only what lies under it. From the bottom:
 * <ol>
 *   <li>{@code core.model} (the records of the format), {@code core.files} (writing a file all at once or not at
 *       all) and {@code core.progress} (how long work tells how far it got and learns it should stop).</li>
 *   <li>{@code core.graph}: the dataset as a read-only JGraphT graph.</li>
 *   <li>{@code core.text}: sentence splitting, mention finding and the passage index. It sits over graph rather than
 *       beside it, because the passage index walks the relations of an entity in the graph.</li>
 *   <li>{@code core.io}: reading, checking and writing the format; it loads a file straight into a graph and
 *       suggests close names with the text package's edit distance.</li>
 *   <li>{@code core.filter}, {@code core.layout}, {@code core.analysis}, {@code core.render}, {@code core.interop}
 *       (other graph formats), {@code core.synthetic} (seeded synthetic datasets for tests and benchmarks) and
 *       {@code core.edit} (the command stack every edit goes through, saving and the crash journal). The
 *       caption of an exported image is drawn by render ({@code render.ExportCaption}), so interop, which reads
 *       and writes graph files, does not use render.</li>
 *   <li>{@code ui}: the JavaFX views over the core.</li>
 *   <li>{@code app}: the window's entry point and the command line, over everything.</li>
 * </ol>
 */
@AnalyzeClasses(packages = "org.spacecoop", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    /** The levels under filter, layout, analysis, render, interop, synthetic and edit. */
    private static final String[] BELOW_FEATURES = {"model", "files", "progress", "graph", "text", "io"};
    private static final String[] CORE = {"model", "files", "progress", "graph", "text", "io",
        "filter", "layout", "analysis", "render", "interop", "synthetic", "edit"};

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().matching("org.spacecoop.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreUiAndAppAreFreeOfCycles = slices().matching("org.spacecoop.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersRunOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("org.spacecoop.core.model..")
            .layer("files").definedBy("org.spacecoop.core.files..")
            .layer("progress").definedBy("org.spacecoop.core.progress..")
            .layer("graph").definedBy("org.spacecoop.core.graph..")
            .layer("text").definedBy("org.spacecoop.core.text..")
            .layer("io").definedBy("org.spacecoop.core.io..")
            .layer("filter").definedBy("org.spacecoop.core.filter..")
            .layer("layout").definedBy("org.spacecoop.core.layout..")
            .layer("analysis").definedBy("org.spacecoop.core.analysis..")
            .layer("render").definedBy("org.spacecoop.core.render..")
            .layer("interop").definedBy("org.spacecoop.core.interop..")
            .layer("synthetic").definedBy("org.spacecoop.core.synthetic..")
            .layer("edit").definedBy("org.spacecoop.core.edit..")
            .layer("ui").definedBy("org.spacecoop.ui..")
            .layer("app").definedBy("org.spacecoop.app..")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("files").mayNotAccessAnyLayer()
            .whereLayer("progress").mayNotAccessAnyLayer()
            .whereLayer("graph").mayOnlyAccessLayers("model", "files", "progress")
            .whereLayer("text").mayOnlyAccessLayers("model", "files", "progress", "graph")
            .whereLayer("io").mayOnlyAccessLayers("model", "files", "progress", "graph", "text")
            .whereLayer("filter").mayOnlyAccessLayers(BELOW_FEATURES)
            .whereLayer("layout").mayOnlyAccessLayers(BELOW_FEATURES)
            .whereLayer("analysis").mayOnlyAccessLayers(BELOW_FEATURES)
            .whereLayer("render").mayOnlyAccessLayers(BELOW_FEATURES)
            .whereLayer("interop").mayOnlyAccessLayers(BELOW_FEATURES)
            .whereLayer("synthetic").mayOnlyAccessLayers(BELOW_FEATURES)
            .whereLayer("edit").mayOnlyAccessLayers(BELOW_FEATURES)
            .whereLayer("ui").mayOnlyAccessLayers(CORE)
            .whereLayer("app").mayNotBeAccessedByAnyLayer();
}
