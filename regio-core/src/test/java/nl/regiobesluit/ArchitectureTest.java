package nl.regiobesluit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** regio-core is the domain: it imports no framework, so it runs everywhere and outlives any of them. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.regiobesluit");

    @Test
    void coreImportsNothingFromSpringCamelOrAlfresco() {
        noClasses().that().resideInAPackage("nl.regiobesluit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..",
                        "org.alfresco..", "jakarta..", "javax.jms..")
                .check(CORE);
    }

    @Test
    void votingDoesNotDependOnOtherFeatures() {
        noClasses().that().resideInAPackage("nl.regiobesluit.voting..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.regiobesluit.routing..", "nl.regiobesluit.criteria..",
                        "nl.regiobesluit.archive..")
                .check(CORE);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("nl.regiobesluit.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("nl.regiobesluit.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.regiobesluit.voting..", "nl.regiobesluit.routing..",
                        "nl.regiobesluit.criteria..", "nl.regiobesluit.archive..")
                .check(CORE);
    }

    @Test
    void onlyTheStoredFormOfAResultTheCompositionCsvAndTheJointArrangementFilesUseJackson() {
        // Issue 15: the toetsingskader and the joint-arrangement records are JSON files, read with Jackson too.
        // The composition CSV is read with Jackson's CSV module (issue 10: separators, quoting and BOMs are a library's job).
        noClasses().that().resideInAPackage("nl.regiobesluit..")
                .and().haveNameNotMatching(".*\\.(VoteOutcomeJson|CompositionCsv|ToetsingskaderJson|GrRecordsJson)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
                .check(CORE);
    }
}
