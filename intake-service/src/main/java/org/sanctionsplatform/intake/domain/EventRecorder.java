package org.sanctionsplatform.intake.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Stamps case events with their identity and both times: when it happened in the world (a business date,
 * taken as the start of that day in London) and when the platform recorded it. Also answers "what is today"
 * for the authority, so every date rule reads the same injected clock.
 */
public final class EventRecorder {

    /** The authority's zone (DESIGN §1). */
    public static final ZoneId AUTHORITY_ZONE = ZoneId.of("Europe/London");

    private final Clock clock;
    private final Supplier<UUID> ids;

    public EventRecorder(Clock clock) {
        this(clock, UUID::randomUUID);
    }

    public EventRecorder(Clock clock, Supplier<UUID> ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), AUTHORITY_ZONE);
    }

    /**
     * Now, to the millisecond: the precision of the contract's timestamps (Avro timestamp-millis), so the
     * event, the row and the answer all carry the same instant.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new id (of a breach, a milestone, a decision, an event …) from this recorder's source of ids. */
    public String newId() {
        return ids.get().toString();
    }

    /**
     * A new case's id, from the same source as the event ids: in the platform they are made in order (version 7 UUIDs,
     * {@code IntakeFactory}), so every service's rows keyed by case id, and the window and publication ids derived from
     * it, are appended to the right-hand pages of their indexes (issue "Pipeline speed").
     */
    public CaseId newCaseId() {
        return new CaseId(ids.get());
    }

    /** An event that happened on a business date. */
    public EventMetadata happenedOn(CaseId caseId, LocalDate date) {
        return new EventMetadata(newId(), caseId, startOfDay(date), now());
    }

    /** An event that happens as it is recorded. */
    public EventMetadata happeningNow(CaseId caseId) {
        Instant now = now();
        return new EventMetadata(newId(), caseId, now, now);
    }

    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(AUTHORITY_ZONE).toInstant();
    }
}
