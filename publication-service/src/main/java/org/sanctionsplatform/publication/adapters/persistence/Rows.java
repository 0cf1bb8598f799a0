package org.sanctionsplatform.publication.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The mapped rows of publication-service's tables. */
final class Rows {

    private Rows() {
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
