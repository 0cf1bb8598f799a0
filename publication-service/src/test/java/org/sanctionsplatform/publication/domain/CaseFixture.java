package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Case facts built through {@link CaseFacts#apply}, and assessments of them. */
final class CaseFixture {

    private CaseFacts facts = CaseFacts.unknown("case-7");
    private final Set<String> established = new LinkedHashSet<>();
    private final List<AssessedCase.Penalty> penalties = new ArrayList<>();
    private String outcome = "CIVIL_MONETARY_PENALTY";
    private BigDecimal aggregatedValue;

    /** A case against a company and its director (an officer, s.148), with nothing else recorded. */
    static CaseFixture aCaseAgainstACompanyAndItsDirector() {
        CaseFixture fixture = new CaseFixture();
        fixture.facts = fixture.facts.apply(new CaseFacts.Change.Opened("OFSI-2026-0007", List.of(
                new CaseFacts.Subject("s-1", "Canary Trading Ltd", "LEGAL_PERSON"),
                new CaseFacts.Subject("s-2", "Jane Canary", "INDIVIDUAL"))));
        return fixture;
    }

    CaseFixture withEstablishedBreach(String id, String type, String regime, String regulation, String value) {
        facts = facts.apply(new CaseFacts.Change.BreachRecorded(new CaseFacts.Breach(id, "s-1", type, regime,
                regulation, value == null ? null : new BigDecimal(value), false)));
        established.add(id);
        return this;
    }

    CaseFixture withUnestablishedBreach(String id, String type, String regime, String regulation) {
        facts = facts.apply(new CaseFacts.Change.BreachRecorded(new CaseFacts.Breach(id, "s-1", type, regime,
                regulation, null, false)));
        return this;
    }

    CaseFixture withVoluntaryDisclosure() {
        facts = facts.apply(new CaseFacts.Change.DisclosureRecorded(new CaseFacts.Disclosure("s-1", true)));
        return this;
    }

    CaseFixture withDisclosureRequestedByOfsi() {
        facts = facts.apply(new CaseFacts.Change.DisclosureRecorded(new CaseFacts.Disclosure("s-1", false)));
        return this;
    }

    CaseFixture assessedAs(String likelyOutcome) {
        this.outcome = likelyOutcome;
        return this;
    }

    CaseFixture withAggregatedValue(String value) {
        this.aggregatedValue = new BigDecimal(value);
        return this;
    }

    private String seriousness;
    private String levelReason;

    CaseFixture withLevel(String seriousness, String why) {
        this.seriousness = seriousness;
        this.levelReason = why;
        return this;
    }

    /** An officer of a body (s.148) penalised with the discounts given. */
    CaseFixture withOfficerPenalty(String subjectId, String name, String bodyId, String amount, String... discounts) {
        penalties.add(new AssessedCase.Penalty(subjectId, name, "INDIVIDUAL", new BigDecimal(amount), bodyId,
                List.of(discounts)));
        return this;
    }

    CaseFixture withPenalty(String subjectId, String name, String amount) {
        penalties.add(new AssessedCase.Penalty(subjectId, name, "LEGAL_PERSON",
                amount == null ? null : new BigDecimal(amount)));
        return this;
    }

    CaseFacts facts() {
        return facts;
    }

    AssessedCase assessment(String eventId) {
        return new AssessedCase(eventId, facts.eventsApplied(), outcome, aggregatedValue, established, penalties,
                seriousness, levelReason);
    }
}
