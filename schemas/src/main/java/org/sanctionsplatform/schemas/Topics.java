package org.sanctionsplatform.schemas;

import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;

/** The typed topic registry: the only place topic names are spelled (DESIGN §2). */
public final class Topics {

    /** Names as compile-time constants, for annotations such as {@code @Topic}; use the typed topics otherwise. */
    public static final String CASE_EVENTS_NAME = "enforcement.case-events.v1";
    public static final String ASSESSMENTS_NAME = "enforcement.assessments.v1";
    public static final String DEADLINES_NAME = "enforcement.deadlines.v1";
    public static final String PUBLICATIONS_NAME = "enforcement.publications.v1";

    /** Case events; producer intake-service. */
    public static final Topic<CaseEventEnvelope> CASE_EVENTS =
            new Topic<>(CASE_EVENTS_NAME, CaseEventEnvelope.class);
    /** CaseAssessed; producer assessment-service. */
    public static final Topic<AssessmentEventEnvelope> ASSESSMENTS =
            new Topic<>(ASSESSMENTS_NAME, AssessmentEventEnvelope.class);
    /** Window events; producer deadline-service. */
    public static final Topic<DeadlineEventEnvelope> DEADLINES =
            new Topic<>(DEADLINES_NAME, DeadlineEventEnvelope.class);
    /** Publication events; producer publication-service. */
    public static final Topic<PublicationEventEnvelope> PUBLICATIONS =
            new Topic<>(PUBLICATIONS_NAME, PublicationEventEnvelope.class);

    private static final List<Topic<?>> ALL = List.of(CASE_EVENTS, ASSESSMENTS, DEADLINES, PUBLICATIONS);

    private Topics() {
    }

    public static List<Topic<?>> all() {
        return ALL;
    }

    /** Every topic name including the dead-letter topics, e.g. for creating them up front. */
    public static List<String> allNamesWithDeadLetters() {
        return ALL.stream().flatMap(t -> java.util.stream.Stream.of(t.name(), t.dlq())).toList();
    }

    public static Optional<Topic<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
