package org.sanctionsplatform.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.publication.domain.CaseFixture.aCaseAgainstACompanyAndItsDirector;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.publication.domain.PublicationLifecycle.Change;
import org.sanctionsplatform.publication.domain.PublicationProgress.Decision;
import org.sanctionsplatform.publication.domain.PublicationProgress.Decision.Choice;
import org.sanctionsplatform.publication.domain.PublicationProgress.DisclosureNotice;
import org.sanctionsplatform.publication.domain.PublicationProgress.PenaltyOutcome;
import org.sanctionsplatform.publication.domain.PublicationProgress.Scope;
import org.sanctionsplatform.publication.domain.PublicationProgress.Step;

/** The publication lifecycle (§11.1, §11.3, §11.4, §12, §13.3): every path, framework-free, on fixed dates. */
class PublicationLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private final PublicationLifecycle lifecycle = new PublicationLifecycle(new MonetaryPenaltySummaryPolicy());

    private static CaseFixture aPenalisedCase() {
        return aCaseAgainstACompanyAndItsDirector()
                .withEstablishedBreach("b-1", "MAKING_FUNDS_AVAILABLE", "Russia", "reg. 12", "128277.72")
                .withAggregatedValue("128277.72")
                .withLevel("Level 4 (very high)", "Severity HIGH (circumvention through a third country) and conduct"
                        + " AGGRAVATING (no screening) give Level 4 in Figure 5A (§5.8).")
                .withPenalty("s-1", "Canary Trading Ltd", "400000.00")
                .withOfficerPenalty("s-2", "Jane Canary", "s-1", "25000.00", "voluntary disclosure 20% (§6.4)");
    }

    private static PublicationProgress progress(Step... steps) {
        PublicationProgress p = PublicationProgress.none();
        for (Step s : steps) {
            p = p.apply(s);
        }
        return p;
    }

    private List<Change> summary(CaseFixture c, PublicationProgress p, Publication current) {
        return lifecycle.penaltySummary(c.facts(), c.assessment("assessed-1"), p, current, TODAY);
    }

    private static Publication last(List<Change> changes) {
        return changes.get(changes.size() - 1).publication();
    }

    // ---- §11.1 content ---------------------------------------------------------------------------------------

    @Test
    void theSummaryNamesEachPenalisedPersonWithOfficersDiscountsTheLevelAndWhyAndTheOfficersText() {
        List<Change> changes = summary(aPenalisedCase(), progress(new Step.TextWritten(Scope.PENALTY_SUMMARY,
                "The company replaced its screening provider.")), null);

        PublicationContent content = ((Change.Drafted) changes.get(0)).publication().content();
        assertThat(content.penalisedPersons()).extracting(PenalisedPerson::name, PenalisedPerson::officerOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Canary Trading Ltd", null),
                        org.assertj.core.groups.Tuple.tuple("Jane Canary", "Canary Trading Ltd"));
        assertThat(content.penalisedPersons().get(1).discounts()).containsExactly("voluntary disclosure 20% (§6.4)");
        assertThat(content.whyPublished()).startsWith("OFSI assessed the case as Level 4 (very high).")
                .contains("Figure 5A (§5.8)");
        assertThat(content.trueUnderstanding()).isEqualTo("The company replaced its screening provider.");
        assertThat(changes).singleElement().isInstanceOf(Change.Drafted.class);
    }

    // ---- §11.4 timing ----------------------------------------------------------------------------------------

    @Test
    void aSummaryIsHeldWhileTheReviewWindowIsOpen() {
        assertThat(summary(aPenalisedCase(), progress(), null)).singleElement()
                .satisfies(c -> assertThat(c.publication().state()).isEqualTo(PublicationState.DRAFTED));
    }

    @Test
    void aSummaryIsReleasedWhenTheReviewWindowElapsedWithNoReviewRequested() {
        List<Change> changes = summary(aPenalisedCase(), progress(new Step.ReviewWindowExpired(null)), null);

        assertThat(changes).extracting(c -> c.getClass().getSimpleName()).containsExactly("Drafted", "Released");
        Change.Released released = (Change.Released) changes.get(1);
        assertThat(released.publication().state()).isEqualTo(PublicationState.RELEASED);
        assertThat(released.reason()).contains("review window elapsed").contains("§11.4");
        assertThat(released.releasedOn()).isEqualTo(TODAY);
    }

    @Test
    void eachPenalisedSubjectsReviewWindowMustHaveElapsed() {
        assertThat(summary(aPenalisedCase(), progress(new Step.ReviewWindowExpired("s-1")), null))
                .noneMatch(c -> c instanceof Change.Released);
        assertThat(summary(aPenalisedCase(), progress(new Step.ReviewWindowExpired("s-1"),
                new Step.ReviewWindowExpired("s-2")), null)).anyMatch(c -> c instanceof Change.Released);
    }

    @Test
    void aRequestedReviewHoldsTheSummaryUntilItDecidesThatAPenaltyIsImposed() {
        assertThat(summary(aPenalisedCase(), progress(new Step.ReviewRequested(), new Step.ReviewWindowExpired(null)),
                null)).noneMatch(c -> c instanceof Change.Released);
        assertThat(summary(aPenalisedCase(), progress(new Step.ReviewRequested(),
                new Step.ReviewDecided(PenaltyOutcome.PENALTY_STANDS)), null))
                .anyMatch(c -> c instanceof Change.Released r && r.reason().contains("review decided"));
        assertThat(summary(aPenalisedCase(), progress(new Step.ReviewRequested(),
                new Step.ReviewDecided(PenaltyOutcome.PENALTY_QUASHED)), null))
                .noneMatch(c -> c instanceof Change.Released);
    }

    @Test
    void aReviewDecidedBeforeTheOutcomeWasRecordedMeansThePenaltyStands() {
        assertThat(progress(new Step.ReviewDecided(null)).reviewOutcome()).isEqualTo(PenaltyOutcome.PENALTY_STANDS);
    }

    @Test
    void aSettledCaseIsReleasedWhenThePenaltyIsFinalised() {
        assertThat(summary(aPenalisedCase(), progress(new Step.SettlementSigned()), null))
                .noneMatch(c -> c instanceof Change.Released);
        assertThat(summary(aPenalisedCase(), progress(new Step.SettlementSigned(), new Step.PenaltyFinalised()), null))
                .anyMatch(c -> c instanceof Change.Released r && r.reason().contains("§6.9"));
    }

    @Test
    void aReleasedSummaryIsReleasedOnceAndIgnoresLaterRedrafts() {
        CaseFixture c = aPenalisedCase();
        PublicationProgress p = progress(new Step.ReviewWindowExpired(null));
        Publication released = last(summary(c, p, null));

        assertThat(summary(c, p, released)).isEmpty();
        assertThat(summary(c.withPenalty("s-3", "Other", "1.00"), p, released)).isEmpty();
    }

    // ---- §11.4 tribunal ----------------------------------------------------------------------------------------

    @Test
    void aTribunalThatAmendsThePenaltyPublishesAnAmendedVersionInPlaceOfTheOriginal() {
        CaseFixture c = aPenalisedCase();
        Publication released = last(summary(c, progress(new Step.ReviewWindowExpired(null)), null));
        PublicationProgress tribunal = progress(new Step.ReviewRequested(),
                new Step.ReviewDecided(PenaltyOutcome.PENALTY_STANDS),
                new Step.TribunalDecided(PenaltyOutcome.PENALTY_AMENDED, LocalDate.of(2026, 8, 20), null));

        List<Change> changes = summary(c, tribunal, released);

        assertThat(changes).singleElement().isInstanceOfSatisfying(Change.Amended.class, a -> {
            assertThat(a.supersedesVersion()).isEqualTo(1);
            assertThat(a.publication().version()).isEqualTo(2);
            assertThat(a.publication().publicationId()).isEqualTo(released.publicationId());
            assertThat(a.publication().state()).isEqualTo(PublicationState.AMENDED);
            assertThat(a.publication().content().statement())
                    .isEqualTo("On 20 August 2026 the Upper Tribunal amended the monetary penalty.");
        });
        assertThat(summary(c, tribunal, last(changes))).as("amended once").isEmpty();
    }

    @Test
    void theAmendedPenaltyRecordedAfterTheTribunalsDecisionIsPublishedInAFurtherVersion() {
        Publication released = last(summary(aPenalisedCase(), progress(new Step.ReviewWindowExpired(null)), null));
        PublicationProgress tribunal = progress(new Step.ReviewRequested(),
                new Step.ReviewDecided(PenaltyOutcome.PENALTY_STANDS),
                new Step.TribunalDecided(PenaltyOutcome.PENALTY_AMENDED, LocalDate.of(2026, 8, 20),
                        "The tribunal reduced the company's penalty."));
        Publication amended = last(summary(aPenalisedCase(), tribunal, released));
        // the decision maker then records the penalty as the tribunal amended it: the assessment changes
        CaseFixture reduced = aCaseAgainstACompanyAndItsDirector()
                .withEstablishedBreach("b-1", "MAKING_FUNDS_AVAILABLE", "Russia", "reg. 12", "128277.72")
                .withAggregatedValue("128277.72")
                .withLevel("Level 4 (very high)", "Level 4 in Figure 5A (§5.8).")
                .withPenalty("s-1", "Canary Trading Ltd", "300000.00")
                .withOfficerPenalty("s-2", "Jane Canary", "s-1", "25000.00", "voluntary disclosure 20% (§6.4)");

        List<Change> changes = summary(reduced, tribunal, amended);

        assertThat(changes).singleElement().isInstanceOfSatisfying(Change.Amended.class, a -> {
            assertThat(a.supersedesVersion()).isEqualTo(2);
            assertThat(a.publication().version()).isEqualTo(3);
            assertThat(a.publication().content().penalisedPersons()).extracting(PenalisedPerson::penalty)
                    .contains(new java.math.BigDecimal("300000.00"));
            assertThat(a.publication().content().statement()).isEqualTo("On 20 August 2026 the Upper Tribunal "
                    + "amended the monetary penalty. The tribunal reduced the company's penalty.");
        });
        assertThat(summary(reduced, tribunal, last(changes))).as("nothing more to amend").isEmpty();
    }

    @Test
    void aTribunalThatQuashesThePenaltySaysSoInPlaceOfTheOriginalAndOneThatUpholdsItChangesNothing() {
        CaseFixture c = aPenalisedCase();
        Publication released = last(summary(c, progress(new Step.ReviewWindowExpired(null)), null));

        List<Change> quashed = summary(c, progress(new Step.TribunalDecided(PenaltyOutcome.PENALTY_QUASHED,
                LocalDate.of(2026, 8, 20), "The tribunal found no breach.")), released);
        List<Change> upheld = summary(c, progress(new Step.TribunalDecided(PenaltyOutcome.PENALTY_STANDS,
                LocalDate.of(2026, 8, 20), null)), released);

        assertThat(quashed).singleElement().satisfies(a -> assertThat(a.publication().content().statement())
                .isEqualTo("On 20 August 2026 the Upper Tribunal quashed the monetary penalty. The tribunal found no breach."));
        assertThat(upheld).isEmpty();
    }

    // ---- §11.3 withheld ----------------------------------------------------------------------------------------

    @Test
    void aSummaryDecidedNotToBePublishedIsWithheldAndAnAnonymisedReportWithoutAnyNameTakesItsPlace() {
        CaseFixture c = aPenalisedCase();
        PublicationProgress p = progress(new Step.Decided(Scope.PENALTY_SUMMARY, new Decision(Choice.DO_NOT_PUBLISH,
                "disproportionate for Jane Canary", "ANONYMISED_REPORT", null, LocalDate.of(2026, 8, 1))),
                new Step.TextWritten(Scope.PENALTY_SUMMARY, "Canary Trading Ltd co-operated"),
                new Step.ReviewWindowExpired(null));

        List<Change> changes = summary(c, p, null);

        assertThat(changes).extracting(x -> x.getClass().getSimpleName())
                .containsExactly("Drafted", "Withheld", "Released");
        Change.Withheld withheld = (Change.Withheld) changes.get(1);
        assertThat(withheld.section()).isEqualTo("§11.3");
        assertThat(withheld.coverage()).isEqualTo("ANONYMISED_REPORT");
        // the decision's free-text reason names the subject: it stays with the decision, never in an output
        assertThat(withheld.reason()).isEqualTo("decided on 2026-08-01 not to publish the summary (§11.3): covered by "
                + "an anonymised report; the reason is recorded with the decision");
        assertThat(withheld.publication().state()).isEqualTo(PublicationState.WITHHELD);
        Publication report = changes.get(2).publication();
        assertThat(report.kind()).isEqualTo(PublicationKind.ANONYMISED_REPORT);
        assertThat(report.content().named()).isFalse();
        assertThat(report.content().toString()).doesNotContain("Canary", "OFSI-2026-0007", "Russia", "reg. 12");
        assertThat(summary(c, p, withheld.publication())).as("withheld for good").isEmpty();
    }

    @Test
    void aCaseCoveredByTheStatisticsOnlyHasNoReport() {
        PublicationProgress p = progress(new Step.Decided(Scope.PENALTY_SUMMARY, new Decision(Choice.DO_NOT_PUBLISH,
                "not in the public interest", "STATISTICS_ONLY", null, LocalDate.of(2026, 8, 1))));

        assertThat(summary(aPenalisedCase(), p, null)).extracting(x -> x.getClass().getSimpleName())
                .containsExactly("Drafted", "Withheld");
    }

    // ---- §13.3 fixed penalties -----------------------------------------------------------------------------------

    @Test
    void aFixedPenaltyIsAlwaysPublishedNamedOnTheSameTiming() {
        CaseFixture c = aCaseAgainstACompanyAndItsDirector()
                .withEstablishedBreach("b-1", "LATE_REPORTING", "Russia", "reg. 70", null)
                .assessedAs("FIXED_MONETARY_PENALTY").withPenalty("s-1", "Canary Trading Ltd", "5000.00");
        PublicationProgress p = progress(new Step.ProcedureOpened(true),
                new Step.Decided(Scope.PENALTY_SUMMARY, new Decision(Choice.DO_NOT_PUBLISH, "x", "STATISTICS_ONLY",
                        null, TODAY)), new Step.ReviewWindowExpired(null));

        List<Change> changes = summary(c, p, null);

        assertThat(changes).extracting(x -> x.getClass().getSimpleName()).containsExactly("Drafted", "Released");
        assertThat(last(changes).kind()).isEqualTo(PublicationKind.FIXED_PENALTY_SUMMARY);
        assertThat(last(changes).content().named()).isTrue();
        assertThat(last(changes).content().title()).isEqualTo("Fixed monetary penalty imposed on Canary Trading Ltd");
        assertThat(((Change.Released) changes.get(1)).reason()).contains("§13.3");
    }

    // ---- §12 Disclosures -----------------------------------------------------------------------------------------

    private static CaseFixture aDisclosureCase() {
        return aCaseAgainstACompanyAndItsDirector()
                .withEstablishedBreach("b-1", "MAKING_FUNDS_AVAILABLE", "Russia", "reg. 12", "40000.00")
                .assessedAs("DISCLOSURE").withAggregatedValue("40000.00");
    }

    private List<Change> disclosure(CaseFixture c, PublicationProgress p, Publication current) {
        return lifecycle.disclosure(c.facts(), c.assessment("assessed-1"), p, current, "cause-1", TODAY);
    }

    private static final DisclosureNotice NAMED = new DisclosureNotice(true, "LEVEL_2", "Designated Oligarch", null,
            LocalDate.of(2026, 6, 1));
    private static final Decision PUBLISH = new Decision(Choice.PUBLISH, null, null, null, LocalDate.of(2026, 7, 20));

    @Test
    void aNamedDisclosureWaitsForRepresentationsTheDecisionAndTheTextSharedBeforeItsRelease() {
        CaseFixture c = aDisclosureCase();
        List<Change> noticed = disclosure(c, progress(new Step.DisclosureIntended(NAMED),
                new Step.ReleaseAuthorised(Scope.DISCLOSURE, TODAY)), null);
        Publication draft = last(noticed);
        List<Change> decided = disclosure(c, progress(new Step.DisclosureIntended(NAMED),
                new Step.DisclosureRepresentationsOver(), new Step.Decided(Scope.DISCLOSURE, PUBLISH),
                new Step.ReleaseAuthorised(Scope.DISCLOSURE, TODAY)), draft);
        PublicationProgress all = progress(new Step.DisclosureIntended(NAMED), new Step.DisclosureRepresentationsOver(),
                new Step.Decided(Scope.DISCLOSURE, PUBLISH), new Step.TextShared(Scope.DISCLOSURE, TODAY.minusDays(7)),
                new Step.ReleaseAuthorised(Scope.DISCLOSURE, TODAY));
        List<Change> released = disclosure(c, all, draft);

        assertThat(noticed).singleElement().isInstanceOf(Change.Drafted.class);
        assertThat(draft.kind()).isEqualTo(PublicationKind.DISCLOSURE_NAMED);
        assertThat(draft.content().penalisedPersons()).extracting(PenalisedPerson::name)
                .containsExactly("Canary Trading Ltd");
        assertThat(draft.content().designatedPerson()).isEqualTo("Designated Oligarch");
        assertThat(draft.content().whyPublished()).contains("Level 2");
        assertThat(decided).isEmpty();
        assertThat(released).extracting(x -> x.getClass().getSimpleName())
                .containsExactly("SharedForAccuracy", "Released");
        assertThat(((Change.SharedForAccuracy) released.get(0)).sharedOn()).isEqualTo(TODAY.minusDays(7));
        assertThat(disclosure(c, all, last(released))).as("released once").isEmpty();
    }

    @Test
    void aDisclosurePublishedAmendedCarriesTheAmendmentAndADesignatedPersonIsLeftOutForAStrongReason() {
        DisclosureNotice withheldDesignated = new DisclosureNotice(true, "LEVEL_2", "Designated Oligarch",
                "data protection: the designated person is a minor", LocalDate.of(2026, 6, 1));
        List<Change> changes = disclosure(aDisclosureCase(), progress(new Step.DisclosureIntended(withheldDesignated),
                new Step.DisclosureRepresentationsOver(), new Step.Decided(Scope.DISCLOSURE, new Decision(
                        Choice.PUBLISH_AMENDED, "the value was lower", null, "The value was £20,000.", TODAY))), null);

        PublicationContent content = last(changes).content();
        assertThat(content.statement()).isEqualTo("The value was £20,000.");
        assertThat(content.designatedPerson()).isNull();
        assertThat(content.toString()).doesNotContain("Designated Oligarch");
    }

    @Test
    void anUnnamedDisclosureNeverNamesAnybodyAndIsReleasedWithoutRepresentations() {
        DisclosureNotice unnamed = new DisclosureNotice(false, "COMPLIANCE_LESSONS", "Designated Oligarch", null,
                LocalDate.of(2026, 6, 1));

        List<Change> changes = disclosure(aDisclosureCase(), progress(new Step.DisclosureIntended(unnamed),
                new Step.ReleaseAuthorised(Scope.DISCLOSURE, TODAY)), null);

        assertThat(changes).extracting(x -> x.getClass().getSimpleName()).containsExactly("Drafted", "Released");
        Publication released = last(changes);
        assertThat(released.kind()).isEqualTo(PublicationKind.DISCLOSURE_UNNAMED);
        assertThat(released.content().named()).isFalse();
        assertThat(released.content().penalisedPersons()).isEmpty();
        assertThat(released.content().toString()).doesNotContain("Canary", "Designated Oligarch");
    }

    @Test
    void aDisclosureDecidedNotToBePublishedIsWithheld() {
        List<Change> changes = disclosure(aDisclosureCase(), progress(new Step.DisclosureIntended(NAMED),
                new Step.DisclosureRepresentationsOver(), new Step.Decided(Scope.DISCLOSURE, new Decision(
                        Choice.DO_NOT_PUBLISH, "the representations showed no breach", "STATISTICS_ONLY", null,
                        TODAY))), null);

        assertThat(changes).extracting(x -> x.getClass().getSimpleName()).containsExactly("Drafted", "Withheld");
        assertThat(((Change.Withheld) changes.get(1)).section()).isEqualTo("§12.2");
    }

    @Test
    void nothingIsDisclosedWithoutANotice() {
        assertThat(disclosure(aDisclosureCase(), progress(), null)).isEmpty();
    }
}
