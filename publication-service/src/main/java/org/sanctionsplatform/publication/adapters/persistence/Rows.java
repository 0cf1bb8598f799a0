package org.sanctionsplatform.publication.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** The mapped rows of publication-service's tables. */
final class Rows {

    private Rows() {
    }

    @MappedEntity("pub_case")
    record CaseRow(@Id String caseId, @Nullable String caseReference, int eventsApplied) {
    }

    @MappedEntity("pub_subject")
    record SubjectRow(@Id @GeneratedValue @Nullable Long id, String caseId, int seq, String subjectId, String name,
                      String subjectType) {
    }

    @MappedEntity("pub_breach")
    record BreachRow(@Id @GeneratedValue @Nullable Long id, String caseId, int seq, String breachId,
                     @Nullable String subjectId, @Nullable String breachType, @Nullable String regime,
                     @Nullable String regulation, @Nullable BigDecimal estimatedValue, boolean withdrawn) {
    }

    @MappedEntity("pub_disclosure")
    record DisclosureRow(@Id @GeneratedValue @Nullable Long id, String caseId, int seq, @Nullable String subjectId,
                         boolean voluntary) {
    }

    @MappedEntity("pub_assessment")
    record AssessmentRow(@Id String caseId, String eventId, int inputVersion, String likelyOutcome,
                         @Nullable BigDecimal aggregatedValue) {
    }

    @MappedEntity("pub_assessed_breach")
    record AssessedBreachRow(@Id @GeneratedValue @Nullable Long id, String caseId, String breachId) {
    }

    @MappedEntity("pub_assessed_penalty")
    record AssessedPenaltyRow(@Id @GeneratedValue @Nullable Long id, String caseId, int seq, String subjectId,
                              String subjectName, @Nullable String subjectType, @Nullable BigDecimal finalPenalty) {
    }

    @MappedEntity("publication")
    record PublicationRow(@Id String publicationId, String caseId, String kind, String state, int currentVersion,
                          String releaseCondition, String basedOnEventId, Instant updatedAt) {
    }

    @MappedEntity("publication_version")
    record PublicationVersionRow(@Id @GeneratedValue @Nullable Long id, String publicationId, int version,
                                 String title, String text, String content, String basedOnEventId, Instant draftedAt) {
    }
}
