package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A procedural step that happened on a date; {@code correctsMilestoneId} replaces an earlier record of it. */
public record Milestone(String milestoneId, String type, LocalDate occurredOn, String subjectId, String correctsMilestoneId) {

    /** The first formal decision for choosing the rulebook (§5 introduction). */
    public static final String NOTICE_OF_INTENTION = "NOTICE_OF_INTENTION";

    public Milestone {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    public boolean isNoticeOfIntention() {
        return NOTICE_OF_INTENTION.equals(type);
    }
}
