package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.WindowKind;

/** Command: record that a procedural step happened (see {@link ProcedureRules} for what may follow what). */
public record RecordMilestone(Milestone milestone, LocalDate occurredOn, String subjectId,
                              String correctsMilestoneId, WindowKind windowKind, Integer extensionBusinessDays,
                              LocalDate dueDateInLetter, String reason, PenaltyOutcome penaltyOutcome) {

    /** A milestone without a penalty outcome (every milestone but REVIEW_DECIDED and TRIBUNAL_DECIDED). */
    public RecordMilestone(Milestone milestone, LocalDate occurredOn, String subjectId, String correctsMilestoneId,
                           WindowKind windowKind, Integer extensionBusinessDays, LocalDate dueDateInLetter,
                           String reason) {
        this(milestone, occurredOn, subjectId, correctsMilestoneId, windowKind, extensionBusinessDays, dueDateInLetter,
                reason, null);
    }

    public static RecordMilestone of(Milestone milestone, LocalDate occurredOn) {
        return new RecordMilestone(milestone, occurredOn, null, null, null, null, null, null);
    }
}
