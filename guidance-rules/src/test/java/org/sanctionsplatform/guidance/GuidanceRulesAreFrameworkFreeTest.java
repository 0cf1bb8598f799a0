package org.sanctionsplatform.guidance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared rules are plain Java: every service can use them, and none of them can pull a framework in. */
class GuidanceRulesAreFrameworkFreeTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sanctionsplatform.guidance");

    @Test
    void theSharedRulesDependOnNoFrameworkBrokerSerialisationOrDatabase() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "javax.inject..", "org.apache.kafka..", "org.apache.avro..",
                        "java.sql..", "javax.sql..", "org.sanctionsplatform.events..", "org.sanctionsplatform.support..",
                        "com.fasterxml..", "org.slf4j..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
