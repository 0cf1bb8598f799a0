package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.WindowKind;

/**
 * A procedural step that happened on a date, for one subject or (subjectId null) for the whole case. A
 * milestone can be corrected by a later one of the same type; the corrected one then no longer counts.
 *
 * @param correctsMilestoneId   the milestone this one corrects, or null
 * @param windowKind            for an extension: the window extended
 * @param extensionBusinessDays for an extension: by how many business days
 * @param dueDateInLetter       for EAS terms: the early account delivery date in the EAS letter (§4.5)
 * @param correctedBy           the later milestone that corrects this one, or null while it stands
 * @param penaltyOutcome        for REVIEW_DECIDED and TRIBUNAL_DECIDED: what became of the penalty (§8.2, chapter 9,
 *                              §11.4), else null
 */
public record ProcedureMilestone(MilestoneId milestoneId, Milestone milestone, LocalDate occurredOn,
                                 SubjectId subjectId, MilestoneId correctsMilestoneId, WindowKind windowKind,
                                 Integer extensionBusinessDays, LocalDate dueDateInLetter, String reason,
                                 MilestoneId correctedBy, PenaltyOutcome penaltyOutcome) {

    public ProcedureMilestone {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** False once a correction replaced it. */
    public boolean stands() {
        return correctedBy == null;
    }

    /** Case-wide milestones concern every subject; subject milestones concern that subject only. */
    public boolean concerns(SubjectId subject) {
        return subjectId == null || subject == null || subjectId.equals(subject);
    }

    ProcedureMilestone correctedBy(MilestoneId correction) {
        return new ProcedureMilestone(milestoneId, milestone, occurredOn, subjectId, correctsMilestoneId, windowKind,
                extensionBusinessDays, dueDateInLetter, reason, correction, penaltyOutcome);
    }
}
