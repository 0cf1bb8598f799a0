package org.sanctionsplatform.publication.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A publication of a case in its latest version. A monetary penalty summary is held as a draft until review rights
 * are spent (§11.4); each change of content makes a new version under the same publication id.
 */
public record Publication(
        String publicationId,
        String caseId,
        PublicationKind kind,
        PublicationState state,
        PublicationContent content,
        String releaseCondition,
        String basedOnEventId) {

    public Publication {
        Objects.requireNonNull(publicationId, "publicationId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(content, "content");
    }

    public int version() {
        return content.version();
    }

    /** The same version in another state. */
    public Publication inState(PublicationState newState) {
        return new Publication(publicationId, caseId, kind, newState, content, releaseCondition, basedOnEventId);
    }

    /**
     * One publication per case and kind, with an id that every replica derives alike. It is a name-based UUID, not one
     * that sorts with the case id as the platform's other derived ids do (OrderedIds): it is public, in the register's
     * addresses, and must not tell when the authority opened the case, least of all for an anonymised report.
     */
    public static String idFor(String caseId, PublicationKind kind) {
        return UUID.nameUUIDFromBytes((caseId + "/" + kind).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
