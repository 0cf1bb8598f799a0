package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: open a breach case. Fields are as received (null when absent or unreadable); the case validates
 * them all before anything is recorded.
 *
 * @param caseReference    null to generate one
 * @param procedure        null for {@link CaseProcedure#CIVIL_MONETARY_PENALTY}
 * @param calendarDivision null for {@link CalendarDivision#ENGLAND_AND_WALES}
 */
public record OpenCase(String caseReference, LocalDate openedOn, CaseProcedure procedure, CaseOrigin origin,
                       CalendarDivision calendarDivision, String summary, List<Subject> subjects,
                       List<RecordBreach> breaches) {

    /**
     * A subject to open the case against.
     *
     * @param subjectId      null to generate one
     * @param officerOf      the id of the body (another subject of this request) this subject is an officer of
     * @param officerOfIndex alternatively, the body's position in {@code subjects}
     * @param priorFixedPenaltyWarnings private warning letters already issued for information, reporting or
     *                                  licensing offences (Figure 13A); null for none
     * @param priorFixedPenalty the largest fixed penalty already imposed (£5,000 or £10,000, §13.2); null for none
     */
    public record Subject(String subjectId, String name, SubjectType subjectType, String officerOf,
                          Integer officerOfIndex, Integer priorFixedPenaltyWarnings,
                          java.math.BigDecimal priorFixedPenalty) {

        public Subject(String subjectId, String name, SubjectType subjectType, String officerOf, Integer officerOfIndex) {
            this(subjectId, name, subjectType, officerOf, officerOfIndex, null, null);
        }
    }

    public OpenCase {
        subjects = subjects == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(subjects));
        breaches = breaches == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(breaches));
    }

    public CaseProcedure procedureOrDefault() {
        return procedure == null ? CaseProcedure.CIVIL_MONETARY_PENALTY : procedure;
    }

    public CalendarDivision calendarDivisionOrDefault() {
        return calendarDivision == null ? CalendarDivision.ENGLAND_AND_WALES : calendarDivision;
    }
}
