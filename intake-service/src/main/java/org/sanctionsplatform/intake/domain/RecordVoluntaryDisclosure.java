package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;

/**
 * Command: record a subject's disclosure of a breach with the facts of §6.5 (absent booleans are false).
 *
 * @param discoveredOn when the breach was discovered: promptness is judged from it (§6.4–6.5)
 * @param madeBy       the parent or group company that made the disclosure on the subject's behalf; null when the
 *                     subject disclosed itself
 */
public record RecordVoluntaryDisclosure(String subjectId, LocalDate disclosedOn, Boolean requestedOrRequiredByOfsi,
                                        Boolean ofsiAlreadyAware, Boolean compelledByOtherInvestigation,
                                        Boolean completeAndAccurate, String cooperation, LocalDate discoveredOn,
                                        String madeBy) {
}
