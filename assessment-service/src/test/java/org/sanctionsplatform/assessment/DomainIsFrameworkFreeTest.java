package org.sanctionsplatform.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain of assessment-service is plain Java: no framework, no Kafka, Avro, JDBC or generated event classes. */
class DomainIsFrameworkFreeTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanctionsplatform.assessment");

    @Test
    void theDomainImportsNoFrameworkNorEventClasses() {
        noClasses().that().resideInAPackage("..assessment.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "org.apache.kafka..", "org.apache.avro..", "jakarta..", "java.sql..",
                        "org.sanctionsplatform.events..", "org.sanctionsplatform.support..", "com.fasterxml..")
                .check(production);
    }

    /** Besides itself, only the framework-free shared rules (guidance-rules, business-calendar). */
    @Test
    void theDomainUsesOnlyTheJavaPlatformItselfAndTheSharedRules() {
        classes().that().resideInAPackage("..assessment.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..assessment.domain..",
                        "org.sanctionsplatform.guidance..", "org.sanctionsplatform.calendar..")
                .check(production);
    }

    @Test
    void theRulesSeeTheDomain() {
        org.assertj.core.api.Assertions.assertThat(production.that(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("..assessment.domain.."))).isNotEmpty();
    }
}
