package org.sanctionsplatform.publication.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsplatform.publication.domain.Publication;

/** Tells the other services and the register about publications (the publications topic), in the caller's transaction. */
public interface PublicationEvents {

    /**
     * Publishes the events in the order given (each case's in the order they happened), in the caller's transaction:
     * a poll batch's events together, in one round trip to the database.
     */
    void publish(List<Event> events);

    /** A publication event: the publication it tells of, its id, the consumed event that caused it, and when. */
    sealed interface Event {
        Publication publication();

        String eventId();

        EventCause cause();

        Instant at();
    }

    /** PublicationDrafted. */
    record Drafted(Publication publication, String eventId, EventCause cause, Instant at) implements Event {
    }

    /** PublicationReleased (§11.4, §12.2, §13.3). */
    record Released(Publication publication, LocalDate releasedOn, String reason, String eventId, EventCause cause,
                    Instant at) implements Event {
    }

    /** PublicationAmended: the version that replaces {@code supersedesVersion} (§11.4, §12.2). */
    record Amended(Publication publication, int supersedesVersion, String reason, String eventId, EventCause cause,
                   Instant at) implements Event {
    }

    /** PublicationWithheld (§11.3, §12.2) with how the case is covered instead. */
    record Withheld(Publication publication, String reason, String section, String coverage, LocalDate decidedOn,
                    String eventId, EventCause cause, Instant at) implements Event {
    }

    /** PublicationSharedForAccuracy (§12.2). */
    record SharedForAccuracy(Publication publication, LocalDate sharedOn, String eventId, EventCause cause, Instant at)
            implements Event {
    }
}
