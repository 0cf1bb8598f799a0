package org.sanctionsplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.intake.domain.CaseFixture.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseOpeningTest {

    @Test
    void openingACaseRecordsCaseOpenedThenOneBreachRecordedPerBreach() {
        Outcome outcome = aCase().withBreach(aBreachBy("S-1")).attempt();

        List<CaseEvent> events = events(outcome);
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isInstanceOf(CaseEvent.CaseOpened.class);
        assertThat(events.subList(1, 3)).allSatisfy(e -> assertThat(e).isInstanceOf(CaseEvent.BreachRecorded.class));
        assertThat(events).extracting(CaseEvent::eventId).doesNotHaveDuplicates();
        assertThat(accepted(outcome).breaches()).hasSize(2).allSatisfy(b -> assertThat(b.isActive()).isTrue());
    }

    @Test
    void aCaseIsACivilMonetaryPenaltyCaseInEnglandAndWalesUnlessSaidOtherwise() {
        BreachCase breachCase = anOpenCase();

        assertThat(breachCase.procedure()).isEqualTo(CaseProcedure.CIVIL_MONETARY_PENALTY);
        assertThat(breachCase.calendarDivision()).isEqualTo(CalendarDivision.ENGLAND_AND_WALES);
        assertThat(aCase().withProcedure(CaseProcedure.FIXED_MONETARY_PENALTY).inDivision(CalendarDivision.SCOTLAND).open())
                .extracting(BreachCase::procedure, BreachCase::calendarDivision)
                .containsExactly(CaseProcedure.FIXED_MONETARY_PENALTY, CalendarDivision.SCOTLAND);
    }

    @Test
    void theOpeningHappensAtTheStartOfTheOpeningDayInLondonAndIsRecordedNow() {
        LocalDate duringSummerTime = LocalDate.of(2026, 6, 1);
        CaseEvent opened = events(aCase().openedOn(duringSummerTime).attempt()).get(0);

        assertThat(opened.metadata().occurredAt()).isEqualTo(Instant.parse("2026-05-31T23:00:00Z"));
        assertThat(opened.metadata().recordedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aBreachMayNameItsSubjectByPositionAndAnOfficerItsBodyByPosition() {
        BreachCase breachCase = aCase()
                .withSubjects(aCompany(null), new OpenCase.Subject(null, "John Director", SubjectType.INDIVIDUAL, null, 0))
                .withBreaches(new RecordBreach(null, 1, BreachType.CIRCUMVENTION, "Russia", "reg. 19", "Arranged a transfer",
                        LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 1), null, null, null))
                .open();

        SubjectId company = breachCase.subjects().get(0).subjectId();
        SubjectId director = breachCase.subjects().get(1).subjectId();
        assertThat(breachCase.subjects().get(1).officerOf()).isEqualTo(company);
        assertThat(breachCase.breaches().get(0).subjectId()).isEqualTo(director);
    }

    @Test
    void aBreachWhoseValueCannotBeEstimatedIsRecordedWithoutOneAndIsEstablishedUnlessSaidOtherwise() {
        Breach breach = aCase().withBreaches(aBreachWorth("S-1", null)).open().breaches().get(0);

        assertThat(breach.estimatedValue()).isNull();
        assertThat(breach.establishedOnBalanceOfProbabilities()).isTrue();
    }

    @Test
    void valuesAreKeptInPence() {
        Breach breach = aCase().withBreaches(aBreachWorth("S-1", "1000.5")).open().breaches().get(0);

        assertThat(breach.estimatedValue().amount()).isEqualByComparingTo("1000.50").hasScaleOf(2);
    }

    @Test
    void anOpeningWithManyMistakesIsRefusedNamingEveryBadField() {
        RecordBreach futureAndNegative = new RecordBreach("S-1", null, BreachType.MAKING_FUNDS_AVAILABLE, "Russia", "reg. 12",
                "x", TODAY.plusDays(1), null, new BigDecimal("-1.00"), null, null);
        RecordBreach endsBeforeItStarts = new RecordBreach("S-9", null, null, " ", "reg. 12", "x",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), new BigDecimal("10.001"), null, null);
        Outcome outcome = aCase()
                .openedOn(TODAY.plusDays(3))
                .withOrigin(null)
                .withSubjects(new OpenCase.Subject("S-1", " ", null, null, null))
                .withBreaches(futureAndNegative, endsBeforeItStarts)
                .attempt();

        Rejection rejection = rejection(outcome);
        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(rejection.violations()).containsExactlyInAnyOrder(
                new Violation("openedOn", "must not be in the future (today is 2026-06-15)"),
                new Violation("origin", "is required"),
                new Violation("subjects[0].name", "must not be blank"),
                new Violation("subjects[0].subjectType", "is required"),
                new Violation("breaches[0].breachDate", "must not be in the future (today is 2026-06-15)"),
                new Violation("breaches[0].estimatedValue", "must not be negative"),
                new Violation("breaches[1].subjectId", "is not a subject of this case"),
                new Violation("breaches[1].breachType", "is required"),
                new Violation("breaches[1].regime", "must not be blank"),
                new Violation("breaches[1].breachEndDate", "must not be before breachDate (2026-02-01)"),
                new Violation("breaches[1].estimatedValue", "must have at most 2 decimal places (GBP in pence)"));
    }

    @Test
    void aCaseIsOpenedAgainstAtLeastOneSubject() {
        Rejection rejection = rejection(aCase().withoutSubjects().withBreaches().attempt());

        assertThat(rejection.violations()).containsExactly(new Violation("subjects", "must name at least one subject"));
    }

    @Test
    void anOfficerIsAnOfficerOfABodyThatIsAnotherSubject() {
        assertThat(rejection(aCase().withSubjects(anIndividual("S-1"), anOfficerOf("S-2", "S-1")).withBreaches().attempt())
                .violations()).containsExactly(new Violation("subjects[1].officerOf",
                "must name a body (a LEGAL_PERSON): s.148 penalises officers of a body (§2.4)"));
        assertThat(fields(rejection(aCase().withSubjects(aCompany("S-1"), anOfficerOf("S-2", "S-3")).attempt())))
                .containsExactly("subjects[1].officerOf");
        assertThat(rejection(aCase().withSubjects(aCompany("S-1"), anOfficerOf("S-2", "S-2")).attempt()).violations())
                .extracting(Violation::reason).containsExactly("a subject cannot be an officer of itself");
    }

    @Test
    void subjectIdsAreUniqueWithinACase() {
        assertThat(rejection(aCase().withSubjects(aCompany("S-1"), anIndividual("S-1")).attempt()).violations())
                .containsExactly(new Violation("subjects[1].subjectId", "repeats subjects[0].subjectId"));
    }

    @Test
    void aGivenCaseReferenceMustBeWellFormedAndOneIsGeneratedFromTheYearAndANumber() {
        assertThat(BreachCase.checkOpening(aCase().withReference("bad reference!").command(), recorder()))
                .extracting(Violation::field).containsExactly("caseReference");
        assertThat(CaseReference.generated(LocalDate.of(2026, 3, 2), 123)).hasToString("OFSI-2026-000123");
    }

    @Test
    void aSubjectCarriesItsEarlierWarningsAndFixedPenaltyForTheFixedPenaltyLadder() {
        BreachCase breachCase = aCase().withProcedure(CaseProcedure.FIXED_MONETARY_PENALTY)
                .withSubjects(new OpenCase.Subject("S-1", "Acme Trading Ltd", SubjectType.LEGAL_PERSON, null, null, 2,
                        new BigDecimal("5000")))
                .open();

        assertThat(breachCase.subjects().get(0).priorFixedPenaltyWarnings()).isEqualTo(2);
        assertThat(breachCase.subjects().get(0).priorFixedPenalty()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(anOpenCase().subjects().get(0).priorFixedPenaltyWarnings()).isZero();
        assertThat(anOpenCase().subjects().get(0).priorFixedPenalty()).isNull();
    }

    @Test
    void anEarlierFixedPenaltyIs5000Or10000AndWarningsAreNotNegative() {
        Rejection rejection = rejection(aCase()
                .withSubjects(new OpenCase.Subject("S-1", "Acme Trading Ltd", SubjectType.LEGAL_PERSON, null, null, -1,
                        new BigDecimal("7500")))
                .attempt());

        assertThat(fields(rejection)).contains("subjects[0].priorFixedPenaltyWarnings", "subjects[0].priorFixedPenalty");
    }
}
