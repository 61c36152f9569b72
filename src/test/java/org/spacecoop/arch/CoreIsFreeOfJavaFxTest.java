package org.spacecoop.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core (model, io, graph, layout, render, analysis, filters) runs without JavaFX: CLI, tests, benchmarks. */
@AnalyzeClasses(packages = "org.spacecoop", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsFreeOfJavaFxTest {

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses()
            .that().resideInAPackage("org.spacecoop.core..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the core must run headless (CLI, benchmarks) and stay testable without the toolkit");
}
