package org.sanctionsplatform.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.publication.domain.CaseFixture.aCaseAgainstACompanyAndItsDirector;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MonetaryPenaltySummaryPolicyTest {

    private static final String RUSSIA_REG_12 = "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12";
    private static final String SYRIA_REG_11 = "The Syria (Sanctions) (EU Exit) Regulations 2019, regulation 11";

    private final MonetaryPenaltySummaryPolicy policy = new MonetaryPenaltySummaryPolicy();

    private static CaseFixture aPenalisedCase() {
        return aCaseAgainstACompanyAndItsDirector()
                .withEstablishedBreach("b-1", "MAKING_FUNDS_AVAILABLE", "Russia", RUSSIA_REG_12, "150000.00")
                .withEstablishedBreach("b-2", "DEALING_WITH_FROZEN_FUNDS", "Syria", SYRIA_REG_11, "50000.00")
                .withUnestablishedBreach("b-3", "CIRCUMVENTION", "Iran", "The Iran (Sanctions) Regulations 2023, regulation 9")
                .withVoluntaryDisclosure()
                .withAggregatedValue("200000.00")
                .withPenalty("s-1", "Canary Trading Ltd", "450000.00")
                .withPenalty("s-2", "Jane Canary", "50000.00");
    }

    @Test
    void aPenaltySummaryNamesEachPenalisedPersonAndListsBreachTypesRegimesRegulationsAndValue() {
        CaseFixture fixture = aPenalisedCase();

        Publication draft = draft(policy.decide(fixture.facts(), fixture.assessment("assessed-1"), null));
        PublicationContent content = draft.content();

        assertThat(draft.kind()).isEqualTo(PublicationKind.MONETARY_PENALTY_SUMMARY);
        assertThat(draft.state()).isEqualTo(PublicationState.DRAFTED);
        assertThat(draft.releaseCondition()).contains("review", "§11.4");
        assertThat(draft.basedOnEventId()).isEqualTo("assessed-1");
        assertThat(content.version()).isEqualTo(1);
        assertThat(content.named()).isTrue();
        assertThat(content.penalisedPersons()).containsExactly(
                new PenalisedPerson("Canary Trading Ltd", new BigDecimal("450000.00")),
                new PenalisedPerson("Jane Canary", new BigDecimal("50000.00")));
        assertThat(content.breachTypes()).containsExactly("Making funds available", "Dealing with frozen funds");
        assertThat(content.regimes()).containsExactly("Russia", "Syria");
        assertThat(content.regulations()).containsExactly(RUSSIA_REG_12, SYRIA_REG_11);
        assertThat(content.voluntarilyDisclosed()).isTrue();
        assertThat(content.aggregatedValue()).isEqualTo(new BigDecimal("200000.00"));
        assertThat(content.complianceLessons()).isNotEmpty();
        assertThat(content.title()).isEqualTo("Monetary penalty imposed on Canary Trading Ltd and Jane Canary");
        assertThat(content.text()).contains("Canary Trading Ltd (£450,000.00)", "Jane Canary (£50,000.00)",
                "£500,000.00", "2 breaches", "Russia and Syria regimes", "£200,000.00", "were voluntarily disclosed",
                "OFSI-2026-0007");
    }

    @Test
    void anUnestablishedBreachStaysOutOfTheSummary() {
        CaseFixture fixture = aPenalisedCase();

        PublicationContent content = draft(policy.decide(fixture.facts(), fixture.assessment("a-1"), null)).content();

        assertThat(content.regimes()).doesNotContain("Iran");
        assertThat(content.breachTypes()).doesNotContain("Circumvention");
    }

    @Test
    void aDisclosureOfsiRequestedIsNotVoluntary() {
        CaseFixture fixture = aCaseAgainstACompanyAndItsDirector()
                .withEstablishedBreach("b-1", "MAKING_FUNDS_AVAILABLE", "Russia", RUSSIA_REG_12, "10.00")
                .withDisclosureRequestedByOfsi()
                .withPenalty("s-1", "Canary Trading Ltd", "1000.00");

        PublicationContent content = draft(policy.decide(fixture.facts(), fixture.assessment("a-1"), null)).content();

        assertThat(content.voluntarilyDisclosed()).isFalse();
        assertThat(content.text()).contains("The breach was not voluntarily disclosed");
    }

    @Test
    void onlySubjectsWithAFinalPenaltyAreNamed() {
        CaseFixture fixture = aCaseAgainstACompanyAndItsDirector()
                .withEstablishedBreach("b-1", "MAKING_FUNDS_AVAILABLE", "Russia", RUSSIA_REG_12, null)
                .assessedAs("REFERRAL_OR_PENALTY")
                .withPenalty("s-1", "Canary Trading Ltd", "900000.00")
                .withPenalty("s-2", "Jane Canary", null);

        PublicationContent content = draft(policy.decide(fixture.facts(), fixture.assessment("a-1"), null)).content();

        assertThat(content.penalisedPersons()).extracting(PenalisedPerson::name).containsExactly("Canary Trading Ltd");
        assertThat(content.aggregatedValue()).isNull();
        assertThat(content.text()).contains("could not be estimated");
    }

    @Test
    void nothingIsDraftedWithoutAPenaltyOutcomeOrWithoutAFinalPenalty() {
        CaseFixture disclosure = aPenalisedCase().assessedAs("DISCLOSURE");
        CaseFixture awaiting = aCaseAgainstACompanyAndItsDirector()
                .withEstablishedBreach("b-1", "MAKING_FUNDS_AVAILABLE", "Russia", RUSSIA_REG_12, "10.00")
                .withPenalty("s-1", "Canary Trading Ltd", null);

        assertThat(policy.decide(disclosure.facts(), disclosure.assessment("a-1"), null))
                .isInstanceOf(MonetaryPenaltySummaryPolicy.Decision.NoDraft.class);
        assertThat(policy.decide(awaiting.facts(), awaiting.assessment("a-1"), null))
                .isInstanceOf(MonetaryPenaltySummaryPolicy.Decision.NoDraft.class);
    }

    @Test
    void nothingIsDraftedWhileTheCaseFactsLagBehindTheAssessment() {
        CaseFixture fixture = aPenalisedCase();
        AssessedCase ahead = fixture.assessment("a-1");
        AssessedCase fromTheFuture = new AssessedCase("a-2", ahead.inputVersion() + 1, ahead.likelyOutcome(),
                ahead.aggregatedValue(), ahead.establishedBreachIds(), ahead.penalties());

        assertThat(policy.decide(fixture.facts(), fromTheFuture, null))
                .isInstanceOfSatisfying(MonetaryPenaltySummaryPolicy.Decision.NoDraft.class,
                        noDraft -> assertThat(noDraft.reason()).contains("lag"));
    }

    @Test
    void identicalContentMakesNothingNewAndChangedContentMakesTheNextVersion() {
        CaseFixture fixture = aPenalisedCase();
        Publication first = draft(policy.decide(fixture.facts(), fixture.assessment("a-1"), null));

        var same = policy.decide(fixture.facts(), fixture.assessment("a-2"), first);
        CaseFixture changed = aPenalisedCase().withAggregatedValue("250000.00");
        Publication second = draft(policy.decide(changed.facts(), changed.assessment("a-3"), first));

        assertThat(same).isInstanceOf(MonetaryPenaltySummaryPolicy.Decision.NoDraft.class);
        assertThat(second.publicationId()).isEqualTo(first.publicationId());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.content().aggregatedValue()).isEqualTo(new BigDecimal("250000.00"));
        assertThat(second.basedOnEventId()).isEqualTo("a-3");
    }

    private static Publication draft(MonetaryPenaltySummaryPolicy.Decision decision) {
        assertThat(decision).isInstanceOf(MonetaryPenaltySummaryPolicy.Decision.Draft.class);
        return ((MonetaryPenaltySummaryPolicy.Decision.Draft) decision).publication();
    }
}
