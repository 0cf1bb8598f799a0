package org.sanctionsplatform.deadline.timers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Which timers a window has, when they fall due and what they mean is plain Java, like the domain it builds on. */
class TimersAreFrameworkFreeTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanctionsplatform.deadline");

    @Test
    void theTimerRulesDependOnNoFrameworkBrokerAvroJdbcOrAdapter() {
        noClasses().that().resideInAPackage("org.sanctionsplatform.deadline.timers..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "org.apache.kafka..", "org.apache.avro..", "jakarta..", "javax..",
                        "java.sql..", "org.sanctionsplatform.events..", "org.sanctionsplatform.schemas..",
                        "org.sanctionsplatform.support..", "org.sanctionsplatform.deadline.adapters..",
                        "org.sanctionsplatform.deadline.application..", "org.sanctionsplatform.deadline.config..")
                .check(SERVICE);
    }
}
