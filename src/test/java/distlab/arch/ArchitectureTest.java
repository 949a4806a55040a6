package distlab.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** docs/architecture.md's layering, kept true: dependencies point down only. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("distlab");

    @Test
    void layersDependOnlyOnLayersBelow() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Main").definedBy("distlab")
                .layer("UI").definedBy("distlab.ui..")
                .layer("Engine").definedBy("distlab.engine..")
                .layer("View").definedBy("distlab.view..")
                .layer("Check").definedBy("distlab.check..")
                .layer("Lecture").definedBy("distlab.lecture..")
                .layer("Protocol").definedBy("distlab.protocol..")
                .layer("Sim").definedBy("distlab.sim..")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Main", "UI")
                .whereLayer("View").mayOnlyBeAccessedByLayers("Main", "UI", "Engine")
                .whereLayer("Check").mayOnlyBeAccessedByLayers("Main", "UI", "Engine", "View")
                .whereLayer("Lecture").mayOnlyBeAccessedByLayers("Main", "UI", "Engine", "View")
                .whereLayer("Protocol").mayOnlyBeAccessedByLayers("Main", "UI", "Engine", "View", "Check")
                .check(CLASSES);
    }

    @Test
    void theSimulationAndProtocolsKnowNothingOfFrontEndLibraries() {
        noClasses().that().resideInAnyPackage("distlab.sim..", "distlab.protocol..", "distlab.check..", "distlab.view..", "distlab.lecture..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline..", "com.googlecode.lanterna..")
                .check(CLASSES);
    }

    @Test
    void nothingBelowTheFrontEndsReadsTheWallClockOrMakesItsOwnRandomness() {
        noClasses().that().resideInAnyPackage("distlab.sim..", "distlab.protocol..", "distlab.check..", "distlab.engine..", "distlab.view..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callConstructor(java.util.Random.class, long.class)
                .check(CLASSES);
    }

    /**
     * One package per protocol (docs/adding-a-protocol.md): the engine and the front ends know
     * protocols only through the seam (distlab.protocol, its command and client packages) and
     * the one registry that names the families.
     */
    @Test
    void theEngineAndFrontEndsNameNoConcreteProtocolButTheRegistry() {
        DescribedPredicate<JavaClass> concreteProtocol = JavaClass.Predicates.resideInAPackage("distlab.protocol.*..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("distlab.protocol.command..", "distlab.protocol.client..")));
        noClasses().that().resideInAnyPackage("distlab.engine..", "distlab.ui..")
                .and().doNotHaveFullyQualifiedName("distlab.engine.Protocols")
                .should().dependOnClassesThat(concreteProtocol.as("a concrete protocol package"))
                .check(CLASSES);
    }

    @Test
    void protocolsKnowNothingOfTheEngine() {
        noClasses().that().resideInAPackage("distlab.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("distlab.engine..", "distlab.ui..", "distlab.check..", "distlab.view..")
                .check(CLASSES);
    }

    @Test
    void theKernelDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("distlab.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("distlab.protocol..", "distlab.engine..", "distlab.view..",
                        "distlab.ui..", "distlab.check..", "distlab.lecture..")
                .check(CLASSES);
    }
}
