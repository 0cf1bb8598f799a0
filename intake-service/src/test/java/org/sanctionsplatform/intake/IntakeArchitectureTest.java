package org.sanctionsplatform.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The domain is plain Java: no framework, no messaging, no persistence, no generated event classes.
 * (Plain Jupiter tests calling {@code check}: the ArchUnit engine reported no tests under this surefire.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeArchitectureTest {

    private JavaClasses intake;

    @BeforeAll
    void importIntake() {
        intake = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sanctionsplatform.intake");
    }

    @Test
    void theDomainImportsNoFramework() {
        noClasses().that().resideInAPackage("..intake.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "org.apache.kafka..", "org.apache.avro..", "jakarta..", "javax..", "java.sql..",
                        "org.sanctionsplatform.events..", "org.sanctionsplatform.support..", "org.sanctionsplatform.schemas..",
                        "com.fasterxml..", "org.slf4j..", "reactor..", "io.netty..")
                .because("the rules of the guidance live in a framework-free domain (SERVICE-CONVENTIONS, STYLE 1)")
                .check(intake);
    }

    @Test
    void theDomainDoesNotReachIntoTheApplicationOrTheAdapters() {
        noClasses().that().resideInAPackage("..intake.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..intake.adapters..", "..intake.application..", "..intake.config..")
                .check(intake);
    }

    @Test
    void onlyTheKafkaAdapterKnowsTheAvroEvents() {
        noClasses().that().resideOutsideOfPackage("..intake.adapters.kafka..")
                .should().dependOnClassesThat().resideInAPackage("org.sanctionsplatform.events..")
                .because("domain events are mapped to Avro in one adapter class (DESIGN 1)")
                .check(intake);
    }

    @Test
    void theDomainHasClassesToCheck() {
        org.assertj.core.api.Assertions.assertThat(intake.that(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("..intake.domain.."))).isNotEmpty();
    }
}
