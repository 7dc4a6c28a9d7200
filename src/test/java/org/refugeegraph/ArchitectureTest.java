package org.refugeegraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point one way: features may use each other and graph/, graph/ (the shared GraphQL
 * plumbing) uses no feature, and no two packages depend on each other in a circle.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.refugeegraph");

    @Test
    void noPackageCycles() {
        slices().matching("org.refugeegraph.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void graphUsesNoFeature() {
        noClasses().that().resideInAPackage("org.refugeegraph.graph..")
                .should().dependOnClassesThat(resideInAPackage("org.refugeegraph..")
                        .and(not(resideInAPackage("org.refugeegraph.graph.."))))
                .check(MAIN);
    }
}
