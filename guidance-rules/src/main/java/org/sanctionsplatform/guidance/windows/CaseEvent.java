package org.sanctionsplatform.guidance.windows;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.calendar.Division;

/** The facts of a case that windows depend on, as the intake service records them. */
public sealed interface CaseEvent {

    CaseId caseId();

    /** A case was opened: its procedure and calendar division decide the length and end of every window. */
    record Opened(CaseId caseId, Procedure procedure, Division division, LocalDate openedOn) implements CaseEvent {
        public Opened {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(procedure, "procedure");
            Objects.requireNonNull(division, "division");
            Objects.requireNonNull(openedOn, "openedOn");
        }
    }

    /**
     * A procedure milestone, e.g. the notice of intention on the date of OFSI's letter.
     *
     * @param corrects        the milestone this one corrects; the corrected milestone's open windows are re-computed
     * @param dueDateInLetter for EAS_TERMS_AGREED, the early account delivery date in the EAS letter (§4.5)
     * @param extension       for WINDOW_EXTENSION_AGREED, the window kind, business days and reason
     */
    record MilestoneRecorded(CaseId caseId, String milestoneId, Milestone milestone, LocalDate occurredOn,
                             Optional<String> subjectId, Optional<String> corrects, Optional<LocalDate> dueDateInLetter,
                             ExtensionRequest extension) implements CaseEvent {

        public MilestoneRecorded(CaseId caseId, String milestoneId, Milestone milestone, LocalDate occurredOn,
                                 Optional<String> subjectId, Optional<String> corrects) {
            this(caseId, milestoneId, milestone, occurredOn, subjectId, corrects, Optional.empty(), ExtensionRequest.NONE);
        }

        public MilestoneRecorded {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(milestoneId, "milestoneId");
            Objects.requireNonNull(milestone, "milestone");
            Objects.requireNonNull(occurredOn, "occurredOn");
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(corrects, "corrects");
            Objects.requireNonNull(dueDateInLetter, "dueDateInLetter");
            Objects.requireNonNull(extension, "extension");
        }
    }

    /** The case was closed; nothing runs any more. */
    record Closed(CaseId caseId, LocalDate closedOn, String reason) implements CaseEvent {
        public Closed {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(closedOn, "closedOn");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
