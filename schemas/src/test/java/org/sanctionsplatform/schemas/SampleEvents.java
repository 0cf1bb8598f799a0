package org.sanctionsplatform.schemas;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachType;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.CaseOrigin;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;

final class SampleEvents {

    private SampleEvents() {
    }

    static CaseEventEnvelope caseOpened(String caseId) {
        return envelope(caseId, CaseOpened.newBuilder()
                .setCaseReference("OFSI-2026-0001")
                .setOpenedOn(LocalDate.of(2026, 3, 2))
                .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY)
                .setOrigin(CaseOrigin.SELF_REPORT)
                .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-1").setName("Canary Trading Ltd")
                        .setSubjectType(SubjectType.LEGAL_PERSON).build()))
                .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES)
                .build());
    }

    static CaseEventEnvelope breachRecorded(String caseId, BigDecimal value) {
        return envelope(caseId, BreachRecorded.newBuilder()
                .setBreachId("b-1").setSubjectId("s-1")
                .setBreachType(BreachType.MAKING_FUNDS_AVAILABLE)
                .setRegime("Russia")
                .setRegulation("The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12")
                .setDescription("Payment to a designated person's account")
                .setBreachDate(LocalDate.of(2025, 11, 4))
                .setEstimatedValue(value)
                .setEstablishedOnBalanceOfProbabilities(true)
                .build());
    }

    static CaseEventEnvelope envelope(String caseId, Object payload) {
        return CaseEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId)
                .setOccurredAt(Instant.parse("2026-03-02T10:15:30.123Z"))
                .setRecordedAt(Instant.parse("2026-03-02T10:15:31.456Z"))
                .setProducer("intake-service")
                .setPayload(payload)
                .build();
    }
}
