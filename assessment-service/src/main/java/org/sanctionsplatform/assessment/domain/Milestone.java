package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A procedural step that happened on a date; {@code correctsMilestoneId} replaces an earlier record of it. A window
 * extension names the window ({@code windowKind}), the business days agreed and the reason it was agreed for.
 */
public record Milestone(String milestoneId, String type, LocalDate occurredOn, String subjectId,
                        String correctsMilestoneId, String windowKind, Integer extensionBusinessDays, String reason) {

    /** The first formal decision for choosing the rulebook (§5 introduction). */
    public static final String NOTICE_OF_INTENTION = "NOTICE_OF_INTENTION";
    /** A decision to make a Disclosure (§12.2) is a formal decision on enforcement action too (§5 introduction). */
    public static final String NOTICE_OF_INTENDED_DISCLOSURE = "NOTICE_OF_INTENDED_DISCLOSURE";
    public static final String DISCLOSURE_DECIDED = "DISCLOSURE_DECIDED";
    /** Ends the transitional process of a case whose notice of intention came before 9 February 2026 (§6.9). */
    public static final String FINAL_DECISION = "FINAL_DECISION";
    public static final String EAS_AGREED_IN_PRINCIPLE = "EAS_AGREED_IN_PRINCIPLE";
    public static final String EAS_TERMS_AGREED = "EAS_TERMS_AGREED";
    public static final String SETTLEMENT_AGREEMENT_SIGNED = "SETTLEMENT_AGREEMENT_SIGNED";
    public static final String WINDOW_EXTENSION_AGREED = "WINDOW_EXTENSION_AGREED";
    public static final String SETTLEMENT_DISCUSSIONS = "SETTLEMENT_DISCUSSIONS";
    public static final String REPRESENTATIONS = "REPRESENTATIONS";

    public Milestone {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    public Milestone(String milestoneId, String type, LocalDate occurredOn, String subjectId, String correctsMilestoneId) {
        this(milestoneId, type, occurredOn, subjectId, correctsMilestoneId, null, null, null);
    }

    public boolean isNoticeOfIntention() {
        return NOTICE_OF_INTENTION.equals(type);
    }

    public boolean is(String milestoneType) {
        return type.equals(milestoneType);
    }

    /** Whether the milestone concerns the subject: recorded for it, or for the whole case. */
    public boolean concerns(String subject) {
        return subjectId == null || subjectId.equals(subject);
    }

}
