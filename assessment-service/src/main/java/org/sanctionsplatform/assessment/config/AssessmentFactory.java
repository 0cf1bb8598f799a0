package org.sanctionsplatform.assessment.config;

import io.micronaut.context.annotation.Factory;
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

    @Singleton
    Rulebook rulebook(BusinessDays businessDays) {
        return new Rulebook(BaselineBands.asPublished(), businessDays);
    }
}
