package org.spacecoop.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The user interface is grouped by feature (canvas, filter, detail, analytics, …), and the features depend on each
 * other one way only: the shell assembles them over the explorer's state, so each can be read and tested on its own.
 * Views draw what their view models hold; the view models know no scene graph, so they run without a toolkit.
 */
@AnalyzeClasses(packages = "org.spacecoop.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiSlicesTest {

    @ArchTest
    static final ArchRule uiSlicesAreFreeOfCycles = slices()
            .matching("org.spacecoop.ui.(*)..")
            .namingSlices("ui.$1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewModelsKnowNoSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models hold state and commands (javafx.beans at most) and are tested without the toolkit");
}
