package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;

/** Command: record a subject's disclosure of a breach with the facts of §6.5 (absent booleans are false). */
public record RecordVoluntaryDisclosure(String subjectId, LocalDate disclosedOn, Boolean requestedOrRequiredByOfsi,
                                        Boolean ofsiAlreadyAware, Boolean compelledByOtherInvestigation,
                                        Boolean completeAndAccurate, String cooperation) {
}
