package org.sanctionsplatform.publication.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.sanctionsplatform.publication.domain.MonetaryPenaltySummaryPolicy;
import org.sanctionsplatform.publication.domain.PublicationLifecycle;

/** Builds the framework-free domain services of publication-service from plain constructors. */
@Factory
public class PublicationFactory {

    @Singleton
    MonetaryPenaltySummaryPolicy monetaryPenaltySummaryPolicy() {
        return new MonetaryPenaltySummaryPolicy();
    }

    @Singleton
    PublicationLifecycle publicationLifecycle(MonetaryPenaltySummaryPolicy summaries) {
        return new PublicationLifecycle(summaries);
    }
}
