package org.descentlab;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.descentlab.cli.archfixture.GoesThroughTheExportDoor;
import org.descentlab.cli.archfixture.ReachesIntoTheWindow;
import org.descentlab.core.archfixture.FullyQualifiedJavaFx;
import org.descentlab.core.archfixture.StartsAThread;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked on the compiled classes: bytecode names every class a type uses, so neither a
 * fully qualified name nor a wildcard import slips past, as they did past the import-line scan this replaced.
 */
class ArchitectureTest {

    private static final String CORE = "org.descentlab.core..";
    private static final String SESSION = "org.descentlab.session..";
    private static final String CLI = "org.descentlab.cli..";
    private static final String UI = "org.descentlab.ui..";
    /** The one part of the window the command line may use: pictures and animations by the window's painters. */
    private static final String EXPORT = "org.descentlab.ui.export..";

    /** Imported once for every rule: the import, not the checks, is the slow part. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.descentlab");

    /**
     * The allow-list: the JDK, EJML, Jackson (scene files) and core itself. Primitives and arrays need no clause of
     * their own: ArchUnit puts primitives in {@code java.lang} and an array in its component type's package.
     */
    static final ArchRule CORE_DEPENDS_ONLY_ON_JDK_EJML_JACKSON = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.ejml..", "com.fasterxml.jackson..", CORE)
            .because("core is pure math that the window, the command line and the tests share");

    /** Named even though the allow-list already excludes them, so that a failure says which layer was reached for. */
    static final ArchRule CORE_USES_NO_TOOLKIT_OR_UPPER_LAYER = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.jfree..", "java.awt..", "javax.swing..", "picocli..", UI, CLI,
                    SESSION);

    static final ArchRule CORE_STARTS_NO_THREADS = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat(assignableTo(Thread.class)
                    .or(assignableTo(Executor.class))
                    .or(type(Executors.class))
                    .or(assignableTo(Future.class))
                    .or(assignableTo(CompletionStage.class)))
            .because("threads belong to session; core runs on whichever thread calls it");

    static final ArchRule SESSION_KNOWS_NEITHER_TOOLKIT_NOR_FRONT_ENDS = noClasses().that().resideInAPackage(SESSION)
            .should().dependOnClassesThat(resideInAnyPackage("javafx..", "org.jfree..", UI, CLI));

    /**
     * The command line and the window are separate front ends, with one narrow door between them: {@code render}
     * and {@code bench} draw through {@code ui.export}, which replays runs with the window's own views, so that a
     * picture made by a script is the window's picture. Nothing else of {@code ui} is reached for.
     */
    static final ArchRule CLI_USES_UI_ONLY_THROUGH_EXPORT = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat(resideInAPackage(UI).and(not(resideInAPackage(EXPORT))))
            .because("ui.export is the command line's only door to the window's painters");

    /** The door is ui.export's public API: the command line itself starts no toolkit and draws nothing. */
    static final ArchRule CLI_USES_NO_TOOLKIT = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..", "com.sun.glass..");

    static final ArchRule UI_DOES_NOT_USE_CLI = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(CLI);

    @Test
    void coreDependsOnlyOnTheJdkEjmlJacksonAndItself() {
        CORE_DEPENDS_ONLY_ON_JDK_EJML_JACKSON.check(MAIN);
    }

    @Test
    void coreUsesNeitherJavaFxNorJFreeChartNorAwtNorSwingNorPicocliNorUpperLayers() {
        CORE_USES_NO_TOOLKIT_OR_UPPER_LAYER.check(MAIN);
    }

    @Test
    void coreStartsNoThreadsAndUsesNoExecutorsOrFutures() {
        CORE_STARTS_NO_THREADS.check(MAIN);
    }

    @Test
    void sessionUsesNeitherJavaFxNorJFreeChartNorUiNorCli() {
        SESSION_KNOWS_NEITHER_TOOLKIT_NOR_FRONT_ENDS.check(MAIN);
    }

    @Test
    void cliUsesTheWindowOnlyThroughUiExport() {
        CLI_USES_UI_ONLY_THROUGH_EXPORT.check(MAIN);
    }

    @Test
    void cliUsesNoToolkitItself() {
        CLI_USES_NO_TOOLKIT.check(MAIN);
    }

    @Test
    void cliRuleReportsTheWindowBuiltByACommandAndLetsUiExportThrough() {
        assertTrue(CLI_USES_UI_ONLY_THROUGH_EXPORT.evaluate(new ClassFileImporter()
                .importClasses(ReachesIntoTheWindow.class)).hasViolation());
        assertFalse(CLI_USES_UI_ONLY_THROUGH_EXPORT.evaluate(new ClassFileImporter()
                .importClasses(GoesThroughTheExportDoor.class)).hasViolation());
    }

    @Test
    void uiDoesNotUseCli() {
        UI_DOES_NOT_USE_CLI.check(MAIN);
    }

    @Test
    void mainClassesAreImportedAndTestClassesAreNot() {
        assertTrue(MAIN.containPackage("org.descentlab.core.nn"), "main classes on the class path");
        assertFalse(MAIN.contain(ArchitectureTest.class), "test classes must not be checked as main classes");
        assertFalse(MAIN.contain(FullyQualifiedJavaFx.class), "the fixtures break the rules on purpose");
        assertFalse(MAIN.contain(ReachesIntoTheWindow.class), "the fixtures break the rules on purpose");
    }

    @Test
    void coreRulesReportAJavaFxClassNamedInFullWithoutAnImport() {
        JavaClasses bad = new ClassFileImporter().importClasses(FullyQualifiedJavaFx.class);
        assertTrue(CORE_DEPENDS_ONLY_ON_JDK_EJML_JACKSON.evaluate(bad).hasViolation());
        assertTrue(CORE_USES_NO_TOOLKIT_OR_UPPER_LAYER.evaluate(bad).hasViolation());
    }

    @Test
    void threadRuleReportsAThreadStartedInCore() {
        JavaClasses bad = new ClassFileImporter().importClasses(StartsAThread.class);
        assertTrue(CORE_STARTS_NO_THREADS.evaluate(bad).hasViolation());
    }
}
