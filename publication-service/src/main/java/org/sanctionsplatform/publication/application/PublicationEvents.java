package org.sanctionsplatform.publication.application;

import java.time.Instant;
import java.time.LocalDate;
import org.sanctionsplatform.publication.domain.Publication;

/** Tells the other services and the register about publications (the publications topic), in the caller's transaction. */
public interface PublicationEvents {

    /** PublicationDrafted. */
    void publicationWasDrafted(Publication publication, String eventId, EventCause cause, Instant draftedAt);

    /** PublicationReleased (§11.4, §12.2, §13.3). */
    void publicationWasReleased(Publication publication, LocalDate releasedOn, String reason, String eventId,
                                EventCause cause, Instant at);

    /** PublicationAmended: the version that replaces {@code supersedesVersion} (§11.4, §12.2). */
    void publicationWasAmended(Publication publication, int supersedesVersion, String reason, String eventId,
                               EventCause cause, Instant at);

    /** PublicationWithheld (§11.3, §12.2) with how the case is covered instead. */
    void publicationWasWithheld(Publication publication, String reason, String section, String coverage,
                                LocalDate decidedOn, String eventId, EventCause cause, Instant at);

    /** PublicationSharedForAccuracy (§12.2). */
    void publicationWasSharedForAccuracy(Publication publication, LocalDate sharedOn, String eventId, EventCause cause,
                                         Instant at);
}
