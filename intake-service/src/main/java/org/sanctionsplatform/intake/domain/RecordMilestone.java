package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;

/** Command: record that a procedural step happened (see {@link ProcedureRules} for what may follow what). */
public record RecordMilestone(MilestoneType milestone, LocalDate occurredOn, String subjectId,
                              String correctsMilestoneId, WindowKind windowKind, Integer extensionBusinessDays,
                              LocalDate dueDateInLetter, String reason) {

    public static RecordMilestone of(MilestoneType milestone, LocalDate occurredOn) {
        return new RecordMilestone(milestone, occurredOn, null, null, null, null, null, null);
    }
}
