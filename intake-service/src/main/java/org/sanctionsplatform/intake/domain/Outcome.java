package org.sanctionsplatform.intake.domain;

import java.util.List;

/**
 * What a business method of {@link BreachCase} returns: either the events it records, together with the case
 * as it stands after them, or a rejection with its reasons. The case itself never changes in place.
 */
public sealed interface Outcome {

    record Accepted(BreachCase breachCase, List<CaseEvent> events) implements Outcome {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected(Rejection rejection) implements Outcome {
    }

    static Outcome rejected(Rejection rejection) {
        return new Rejected(rejection);
    }

    /** Applies the events to the case and accepts them. */
    static Outcome accepted(BreachCase before, List<CaseEvent> events) {
        BreachCase after = before;
        for (CaseEvent event : events) {
            after = after.apply(event);
        }
        return new Accepted(after, events);
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
