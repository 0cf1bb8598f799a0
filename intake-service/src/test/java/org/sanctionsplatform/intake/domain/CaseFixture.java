package org.sanctionsplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.WindowKind;

/** Fixture factories for breach cases: {@code aCase().withBreach(...).open()}. */
final class CaseFixture {

    /** The tests' today, in London. */
    /** The window rules over the UK calendars without corrections, as every service builds them by default. */
    static final WindowRules WINDOWS = new WindowRules(new DueDates(BusinessCalendars.standard()));
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate OPENED_ON = LocalDate.of(2026, 3, 2);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(10, 30)).atZone(EventRecorder.AUTHORITY_ZONE).toInstant(),
            ZoneOffset.UTC);

    private CaseFixture() {
    }

    static EventRecorder recorder() {
        return new EventRecorder(CLOCK);
    }

    static Opening aCase() {
        return new Opening();
    }

    static OpenCase.Subject aCompany(String id) {
        return new OpenCase.Subject(id, "Acme Trading Ltd", SubjectType.LEGAL_PERSON, null, null);
    }

    static OpenCase.Subject anIndividual(String id) {
        return new OpenCase.Subject(id, "Jane Doe", SubjectType.INDIVIDUAL, null, null);
    }

    static OpenCase.Subject anOfficerOf(String id, String bodyId) {
        return new OpenCase.Subject(id, "John Director", SubjectType.INDIVIDUAL, bodyId, null);
    }

    static RecordBreach aBreachBy(String subjectId) {
        return new RecordBreach(subjectId, null, BreachType.MAKING_FUNDS_AVAILABLE, "Russia",
                "The Russia (Sanctions) (EU Exit) Regulations 2019, reg. 12", "Paid a designated person's invoice",
                LocalDate.of(2026, 1, 12), null, new BigDecimal("125000.00"), null, null);
    }

    static RecordBreach aBreachWorth(String subjectId, String value) {
        RecordBreach b = aBreachBy(subjectId);
        return new RecordBreach(b.subjectId(), b.subjectIndex(), b.breachType(), b.regime(), b.regulation(),
                b.description(), b.breachDate(), b.breachEndDate(), value == null ? null : new BigDecimal(value),
                b.establishedOnBalanceOfProbabilities(), b.knewOrHadReasonableCauseToSuspect());
    }

    /** A voluntary disclosure by the subject, builder style; defaults: discovered 10 days before it was disclosed. */
    static Disclosure aDisclosureBy(String subjectId, LocalDate disclosedOn) {
        return new Disclosure(subjectId, disclosedOn);
    }

    /** Builder of a disclosure command. */
    static final class Disclosure {
        private final String subjectId;
        private final LocalDate disclosedOn;
        private LocalDate discoveredOn;
        private boolean ofsiAlreadyAware;
        private boolean complete;
        private String cooperation;
        private String madeBy;

        Disclosure(String subjectId, LocalDate disclosedOn) {
            this.subjectId = subjectId;
            this.disclosedOn = disclosedOn;
            this.discoveredOn = disclosedOn == null ? null : disclosedOn.minusDays(10);
        }

        Disclosure discoveredOn(LocalDate date) {
            this.discoveredOn = date;
            return this;
        }

        Disclosure whenOfsiWasAlreadyAware() {
            this.ofsiAlreadyAware = true;
            return this;
        }

        Disclosure complete(String cooperation) {
            this.complete = true;
            this.cooperation = cooperation;
            return this;
        }

        Disclosure madeBy(String parent) {
            this.madeBy = parent;
            return this;
        }

        RecordVoluntaryDisclosure command() {
            return new RecordVoluntaryDisclosure(subjectId, disclosedOn, false, ofsiAlreadyAware, null, complete,
                    cooperation, discoveredOn, madeBy);
        }
    }

    /** The default case: Acme Trading Ltd (S-1) with one breach, opened on 2 March 2026. */
    static BreachCase anOpenCase() {
        return aCase().open();
    }

    /** A company (S-1) and its director (S-2, an officer of S-1, s.148). */
    static BreachCase aCaseAgainstACompanyAndItsDirector() {
        return aCase().withSubjects(aCompany("S-1"), anOfficerOf("S-2", "S-1")).open();
    }

    static RecordMilestone milestone(Milestone type, LocalDate on) {
        return milestone(type, on, null);
    }

    static RecordMilestone milestone(Milestone type, LocalDate on, String subjectId) {
        LocalDate due = type == Milestone.EAS_TERMS_AGREED ? on.plusMonths(3) : null;
        return new RecordMilestone(type, on, subjectId, null, null, null, due, null);
    }

    static RecordMilestone extension(WindowKind window, int days, LocalDate on) {
        return new RecordMilestone(Milestone.WINDOW_EXTENSION_AGREED, on, null, null, window, days, null,
                "the subject showed evidence of unforeseen complexity");
    }

    /** Records the milestones in order, a day apart from the day after opening; fails if any is refused. */
    static BreachCase withMilestones(BreachCase breachCase, Milestone... types) {
        LocalDate on = breachCase.openedOn();
        for (Milestone type : types) {
            on = on.plusDays(1);
            breachCase = accepted(breachCase.recordMilestone(milestone(type, on), recorder(), CaseFixture.WINDOWS));
        }
        return breachCase;
    }

    static BreachCase accepted(Outcome outcome) {
        assertThat(outcome).as("expected the command to be accepted").isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).breachCase();
    }

    static List<CaseEvent> events(Outcome outcome) {
        assertThat(outcome).as("expected the command to be accepted").isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).events();
    }

    static Rejection rejection(Outcome outcome) {
        assertThat(outcome).as("expected the command to be rejected").isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected) outcome).rejection();
    }

    static List<String> fields(Rejection rejection) {
        return rejection.violations().stream().map(Violation::field).toList();
    }

    /** Builder of an opening command; defaults to {@link #anOpenCase()}. */
    static final class Opening {
        private String caseReference;
        private LocalDate openedOn = OPENED_ON;
        private CaseProcedure procedure;
        private CaseOrigin origin = CaseOrigin.SELF_REPORT;
        private CalendarDivision division;
        private List<OpenCase.Subject> subjects = new ArrayList<>(List.of(aCompany("S-1")));
        private List<RecordBreach> breaches = new ArrayList<>(List.of(aBreachBy("S-1")));

        Opening withReference(String reference) {
            this.caseReference = reference;
            return this;
        }

        Opening openedOn(LocalDate date) {
            this.openedOn = date;
            return this;
        }

        Opening withProcedure(CaseProcedure procedure) {
            this.procedure = procedure;
            return this;
        }

        Opening withOrigin(CaseOrigin origin) {
            this.origin = origin;
            return this;
        }

        Opening inDivision(CalendarDivision division) {
            this.division = division;
            return this;
        }

        Opening withSubjects(OpenCase.Subject... subjects) {
            this.subjects = new ArrayList<>(List.of(subjects));
            return this;
        }

        Opening withoutSubjects() {
            this.subjects = new ArrayList<>();
            return this;
        }

        Opening withBreaches(RecordBreach... breaches) {
            this.breaches = new ArrayList<>(List.of(breaches));
            return this;
        }

        Opening withBreach(RecordBreach breach) {
            this.breaches.add(breach);
            return this;
        }

        OpenCase command() {
            return new OpenCase(caseReference, openedOn, procedure, origin, division, "Payments to a designated person",
                    subjects, breaches);
        }

        Outcome attempt() {
            CaseReference reference = new CaseReference(caseReference == null ? "OFSI-2026-000001" : caseReference);
            return BreachCase.open(CaseId.random(), reference, command(), recorder());
        }

        BreachCase open() {
            return accepted(attempt());
        }
    }
}
