package org.sanctionsplatform.deadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The deadline domain is plain Java: no framework, broker, serialisation, JDBC or event-contract types. */
class DomainIsFrameworkFreeTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanctionsplatform.deadline");

    @Test
    void theDomainDependsOnNoFrameworkBrokerAvroJdbcOrGeneratedEvents() {
        noClasses().that().resideInAPackage("org.sanctionsplatform.deadline.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "org.apache.kafka..", "org.apache.avro..", "jakarta..", "javax..",
                        "java.sql..", "org.sanctionsplatform.events..", "org.sanctionsplatform.schemas..",
                        "org.sanctionsplatform.support..", "com.fasterxml..", "org.slf4j..")
                .because("SERVICE-CONVENTIONS: the domain is framework-free Java 17")
                .check(SERVICE);
    }

    @Test
    void theDomainDoesNotReachIntoTheServicesOtherLayers() {
        noClasses().that().resideInAPackage("org.sanctionsplatform.deadline.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.sanctionsplatform.deadline.application..", "org.sanctionsplatform.deadline.adapters..",
                        "org.sanctionsplatform.deadline.config..")
                .check(SERVICE);
    }

    @Test
    void onlyTheKafkaAdaptersTouchTheGeneratedAvroEvents() {
        noClasses().that().resideOutsideOfPackage("org.sanctionsplatform.deadline.adapters.kafka..")
                .should().dependOnClassesThat().resideInAPackage("org.sanctionsplatform.events..")
                .because("one Avro<->domain mapper per direction, in adapters/kafka")
                .check(SERVICE);
    }
}
