package dev.taipan.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the dependencies between packages pointing one way, as STYLE.md lays them out. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                // Test classes may use any layer; the build folder may be moved with -Dtaipan.buildDir,
                // so they are told apart by their output folder's name, not by target/.
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("dev.taipan");
    }

    @Test
    void astImportsNothingElseOfTaipan() {
        noClasses().that().resideInAPackage("dev.taipan.ast..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.taipan.parse..", "dev.taipan.compile..", "dev.taipan.code..", "dev.taipan.interp..",
                        "dev.taipan.objects..", "dev.taipan.builtins..", "dev.taipan.modules..", "dev.taipan.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void frontEndNeverImportsTheRuntime() {
        noClasses().that().resideInAnyPackage("dev.taipan.parse..", "dev.taipan.compile..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.taipan.interp..", "dev.taipan.builtins..", "dev.taipan.modules..",
                        "dev.taipan.jsr223..", "dev.taipan.api..", "dev.taipan.cli..", "dev.taipan.sandbox..",
                        "dev.taipan.interop..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void objectModelDoesNotReachUpIntoTheInterpreter() {
        noClasses().that().resideInAPackage("dev.taipan.objects..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.taipan.interp..", "dev.taipan.builtins..", "dev.taipan.modules..",
                        "dev.taipan.jsr223..", "dev.taipan.api..", "dev.taipan.cli..", "dev.taipan.parse..",
                        "dev.taipan.compile..", "dev.taipan.interop..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void interpreterDoesNotImportTheLayersAboveIt() {
        noClasses().that().resideInAPackage("dev.taipan.interp..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.taipan.builtins..", "dev.taipan.modules..", "dev.taipan.cli..",
                        "dev.taipan.jsr223..", "dev.taipan.api..", "dev.taipan.interop..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modulesDoNotImportTheEmbeddingOrTheCommand() {
        noClasses().that().resideInAnyPackage("dev.taipan.builtins..", "dev.taipan.modules..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.taipan.cli..", "dev.taipan.jsr223..", "dev.taipan.api..", "dev.taipan.interop..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void interopSitsBelowTheEmbedding() {
        // Host objects and conversions use the runtime (interp, objects, builtins); the engine and
        // the public API use them, never the other way round.
        noClasses().that().resideInAPackage("dev.taipan.interop..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.taipan.jsr223..", "dev.taipan.api..", "dev.taipan.cli..", "dev.taipan.modules..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
