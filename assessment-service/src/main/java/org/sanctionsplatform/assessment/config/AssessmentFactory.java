package org.sanctionsplatform.assessment.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.sanctionsplatform.assessment.domain.BaselineBands;
import org.sanctionsplatform.assessment.domain.BusinessDays;
import org.sanctionsplatform.assessment.domain.Rulebook;

/** Builds the framework-free domain services of assessment-service from plain constructors. */
@Factory
public class AssessmentFactory {

    @Singleton
    BusinessDays businessDays() {
        return new CalendarBusinessDays();
    }

    /** The published bands, each overridable under {@code assessment.baseline-bands} (see ConfiguredBaselineBands). */
    @Singleton
    BaselineBands baselineBands(Environment environment) {
        return ConfiguredBaselineBands.from(key -> environment.getProperty(key, String.class).orElse(null));
    }

    @Singleton
    Rulebook rulebook(BaselineBands bands, BusinessDays businessDays) {
        return new Rulebook(bands, businessDays);
    }
}
