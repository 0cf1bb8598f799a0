package org.sanctionsplatform.publication.application;

import java.time.Instant;
import org.sanctionsplatform.publication.domain.Publication;

/** Tells the other services and the register about publications (the publications topic). */
public interface PublicationEvents {

    /** Publishes PublicationDrafted in the caller's transaction. */
    void publicationWasDrafted(Publication publication, String eventId, EventCause cause, Instant draftedAt);
}
