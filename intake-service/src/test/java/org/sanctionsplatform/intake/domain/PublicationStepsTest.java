package org.sanctionsplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.guidance.windows.Milestone.FINAL_DECISION;
import static org.sanctionsplatform.guidance.windows.Milestone.NOTICE_OF_INTENTION;
import static org.sanctionsplatform.guidance.windows.Milestone.REVIEW_DECIDED;
import static org.sanctionsplatform.guidance.windows.Milestone.REVIEW_REQUESTED;
import static org.sanctionsplatform.intake.domain.CaseFixture.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.intake.domain.PublicationCommands.AuthoriseRelease;
import org.sanctionsplatform.intake.domain.PublicationCommands.DecidePublication;
import org.sanctionsplatform.intake.domain.PublicationCommands.IntendDisclosure;
import org.sanctionsplatform.intake.domain.PublicationCommands.ShareText;
import org.sanctionsplatform.intake.domain.PublicationCommands.WriteText;
import org.sanctionsplatform.intake.domain.PublicationStep.Decision;
import org.sanctionsplatform.intake.domain.PublicationStep.DisclosureGround;
import org.sanctionsplatform.intake.domain.PublicationStep.Scope;
import org.sanctionsplatform.intake.domain.PublicationStep.WithheldCoverage;

/** The publication steps intake records (issue 10.6): §11.3, §12.2–12.3, §13.3, and what a review decided (§11.4). */
class PublicationStepsTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 3, 10);

    private static IntendDisclosure named() {
        return new IntendDisclosure(true, DisclosureGround.LEVEL_2, "Designated Oligarch", null, NOTICE);
    }

    private static IntendDisclosure unnamed() {
        return new IntendDisclosure(false, DisclosureGround.COMPLIANCE_LESSONS, null, "data protection of a minor",
                NOTICE);
    }

    private static DecidePublication decide(Scope scope, Decision decision, String reason, WithheldCoverage coverage,
                                            String amendment, LocalDate on) {
        return new DecidePublication(scope, decision, reason, coverage, amendment, on, "Decision Maker");
    }

    @Test
    void aNamedDisclosureNoticeAlsoRecordsTheMilestoneThatOpensTheRepresentationsWindow() {
        List<CaseEvent> events = events(anOpenCase().intendDisclosure(named(), recorder(), WINDOWS));

        assertThat(events).hasSize(2);
        CaseEvent.ProcedureMilestoneRecorded notice = (CaseEvent.ProcedureMilestoneRecorded) events.get(0);
        assertThat(notice.milestone().milestone()).isEqualTo(Milestone.NOTICE_OF_INTENDED_DISCLOSURE);
        var intended = (PublicationStep.DisclosureIntended) ((CaseEvent.PublicationStepRecorded) events.get(1)).step();
        assertThat(intended.named()).isTrue();
        assertThat(intended.designatedPerson()).isEqualTo("Designated Oligarch");
        assertThat(intended.noticeMilestoneId()).isEqualTo(notice.milestone().milestoneId());
    }

    @Test
    void anUnnamedDisclosureInvitesNoRepresentationsSoRecordsNoMilestone() {
        List<CaseEvent> events = events(anOpenCase().intendDisclosure(unnamed(), recorder(), WINDOWS));

        assertThat(events).singleElement().isInstanceOf(CaseEvent.PublicationStepRecorded.class);
    }

    @Test
    void onlyALessonsOnlyDisclosureMayLeaveThePersonUnnamed() {
        Rejection rejection = rejection(anOpenCase().intendDisclosure(new IntendDisclosure(false,
                DisclosureGround.LEVEL_2, null, null, NOTICE), recorder(), WINDOWS));

        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(fields(rejection)).containsExactly("named");
    }

    @Test
    void aDisclosureIsForBreachesOnOrAfter15June2022() {
        RecordBreach old = aBreachBy("S-1");
        BreachCase oldCase = aCase().withBreaches(new RecordBreach(old.subjectId(), old.subjectIndex(),
                old.breachType(), old.regime(), old.regulation(), old.description(), LocalDate.of(2022, 6, 14), null,
                old.estimatedValue(), true, true)).open();

        Rejection rejection = rejection(oldCase.intendDisclosure(named(), recorder(), WINDOWS));

        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(rejection.violations()).singleElement().satisfies(v ->
                assertThat(v.reason()).contains("before 15 June 2022"));
    }

    @Test
    void aFixedPenaltyCaseIsPublishedAsAPenaltyNeverWithheldNorDisclosed() {
        BreachCase fixed = withMilestones(aCase().withProcedure(CaseProcedure.FIXED_MONETARY_PENALTY).open(),
                NOTICE_OF_INTENTION);

        Rejection withheld = rejection(fixed.decidePublication(decide(Scope.PENALTY_SUMMARY, Decision.DO_NOT_PUBLISH,
                "disproportionate", WithheldCoverage.STATISTICS_ONLY, null, NOTICE), recorder(), WINDOWS));
        Rejection disclosed = rejection(fixed.intendDisclosure(named(), recorder(), WINDOWS));

        assertThat(withheld.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(withheld.violations()).anySatisfy(v -> assertThat(v.reason()).contains("§13.3"));
        assertThat(disclosed.violations()).anySatisfy(v -> assertThat(v.reason()).contains("§13.3"));
    }

    @Test
    void notPublishingNeedsAReasonAndSaysHowTheCaseIsCoveredInstead() {
        BreachCase penaltyCase = withMilestones(anOpenCase(), NOTICE_OF_INTENTION);

        Rejection bare = rejection(penaltyCase.decidePublication(decide(Scope.PENALTY_SUMMARY,
                Decision.DO_NOT_PUBLISH, null, null, null, NOTICE), recorder(), WINDOWS));
        List<CaseEvent> events = events(penaltyCase.decidePublication(decide(Scope.PENALTY_SUMMARY,
                Decision.DO_NOT_PUBLISH, "the impact on a vulnerable individual would be disproportionate",
                WithheldCoverage.ANONYMISED_REPORT, null, NOTICE), recorder(), WINDOWS));

        assertThat(fields(bare)).containsExactlyInAnyOrder("reason", "coverage");
        var decided = (PublicationStep.PublicationDecided) ((CaseEvent.PublicationStepRecorded) events.get(0)).step();
        assertThat(decided.decision()).isEqualTo(Decision.DO_NOT_PUBLISH);
        assertThat(decided.coverage()).isEqualTo(WithheldCoverage.ANONYMISED_REPORT);
    }

    @Test
    void aPenaltySummaryIsDecidedOnlyInAPenaltyCaseAndOnlyOnce() {
        Rejection noNotice = rejection(anOpenCase().decidePublication(decide(Scope.PENALTY_SUMMARY, Decision.PUBLISH,
                null, null, null, NOTICE), recorder(), WINDOWS));
        BreachCase decided = accepted(withMilestones(anOpenCase(), NOTICE_OF_INTENTION).decidePublication(
                decide(Scope.PENALTY_SUMMARY, Decision.PUBLISH, null, null, null, NOTICE), recorder(), WINDOWS));
        Rejection twice = rejection(decided.decidePublication(decide(Scope.PENALTY_SUMMARY, Decision.DO_NOT_PUBLISH,
                "changed mind", WithheldCoverage.STATISTICS_ONLY, null, NOTICE), recorder(), WINDOWS));

        assertThat(noNotice.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(twice.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(twice.violations()).singleElement().satisfies(v -> assertThat(v.reason()).contains("already decided"));
    }

    @Test
    void aNamedDisclosureIsDecidedThenSharedForAccuracyThenReleasedInThatOrder() {
        BreachCase noticed = accepted(anOpenCase().intendDisclosure(named(), recorder(), WINDOWS));
        LocalDate decidedOn = NOTICE.plusDays(50);

        Rejection sharedFirst = rejection(noticed.sharePublicationText(new ShareText(Scope.DISCLOSURE, decidedOn,
                "Publication Officer"), recorder()));
        Rejection releasedFirst = rejection(noticed.authoriseRelease(new AuthoriseRelease(Scope.DISCLOSURE, decidedOn,
                "Publication Officer"), recorder()));
        Outcome decision = noticed.decidePublication(decide(Scope.DISCLOSURE, Decision.PUBLISH_AMENDED,
                "the representations showed the value was lower", null, "The value was £20,000, not £40,000.",
                decidedOn), recorder(), WINDOWS);
        BreachCase decided = accepted(decision);
        Rejection releasedUnshared = rejection(decided.authoriseRelease(new AuthoriseRelease(Scope.DISCLOSURE,
                decidedOn, "Publication Officer"), recorder()));
        BreachCase shared = accepted(decided.sharePublicationText(new ShareText(Scope.DISCLOSURE, decidedOn.plusDays(1),
                "Publication Officer"), recorder()));
        BreachCase released = accepted(shared.authoriseRelease(new AuthoriseRelease(Scope.DISCLOSURE,
                decidedOn.plusDays(8), "Publication Officer"), recorder()));

        assertThat(sharedFirst.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(releasedFirst.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(releasedUnshared.violations()).anySatisfy(v -> assertThat(v.reason()).contains("factual accuracy"));
        assertThat(events(decision)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ProcedureMilestoneRecorded", "PublicationStepRecorded");
        assertThat(released.releaseAuthorised(Scope.DISCLOSURE)).isPresent();
        assertThat(rejection(released.authoriseRelease(new AuthoriseRelease(Scope.DISCLOSURE, decidedOn.plusDays(9),
                "Publication Officer"), recorder())).kind()).isEqualTo(Rejection.Kind.REFUSED);
    }

    @Test
    void aDisclosureDecidedNotToBePublishedIsNeverReleased() {
        BreachCase noticed = accepted(anOpenCase().intendDisclosure(unnamed(), recorder(), WINDOWS));
        BreachCase withheld = accepted(noticed.decidePublication(decide(Scope.DISCLOSURE, Decision.DO_NOT_PUBLISH,
                "no lessons beyond those already published", WithheldCoverage.STATISTICS_ONLY, null, NOTICE),
                recorder(), WINDOWS));

        Rejection release = rejection(withheld.authoriseRelease(new AuthoriseRelease(Scope.DISCLOSURE, NOTICE,
                "Publication Officer"), recorder()));

        assertThat(release.violations()).anySatisfy(v -> assertThat(v.reason()).contains("not to publish"));
    }

    @Test
    void anUnnamedDisclosureIsReleasedWithoutRepresentationsOrSharing() {
        BreachCase noticed = accepted(anOpenCase().intendDisclosure(unnamed(), recorder(), WINDOWS));

        BreachCase released = accepted(noticed.authoriseRelease(new AuthoriseRelease(Scope.DISCLOSURE, NOTICE,
                "Publication Officer"), recorder()));

        assertThat(released.releaseAuthorised(Scope.DISCLOSURE)).isPresent();
    }

    @Test
    void onlyADisclosuresTextIsSharedOrReleasedByHand() {
        Rejection shared = rejection(anOpenCase().sharePublicationText(new ShareText(Scope.PENALTY_SUMMARY, NOTICE,
                "Publication Officer"), recorder()));
        Rejection released = rejection(anOpenCase().authoriseRelease(new AuthoriseRelease(Scope.PENALTY_SUMMARY, NOTICE,
                "Publication Officer"), recorder()));

        assertThat(fields(shared)).containsExactly("publication");
        assertThat(released.violations()).singleElement().satisfies(v -> assertThat(v.reason()).contains("§11.4"));
    }

    @Test
    void theOfficersTextIsRecordedAndTheLatestCounts() {
        BreachCase first = accepted(anOpenCase().writePublicationText(new WriteText(Scope.PENALTY_SUMMARY,
                "The company co-operated fully.", NOTICE, "Case Officer"), recorder()));
        BreachCase second = accepted(first.writePublicationText(new WriteText(Scope.PENALTY_SUMMARY,
                "The company co-operated fully and replaced its screening.", NOTICE, "Case Officer"), recorder()));
        Rejection blank = rejection(second.writePublicationText(new WriteText(Scope.PENALTY_SUMMARY, " ", NOTICE,
                "Case Officer"), recorder()));

        assertThat(second.publicationSteps()).hasSize(2);
        assertThat(fields(blank)).containsExactly("trueUnderstanding");
    }

    @Test
    void aReviewRecordsWhatBecameOfThePenaltyAndNoOtherMilestoneMay() {
        BreachCase requested = withMilestones(anOpenCase(), NOTICE_OF_INTENTION, FINAL_DECISION, REVIEW_REQUESTED);
        LocalDate on = requested.openedOn().plusDays(10);

        BreachCase reviewed = accepted(requested.recordMilestone(new RecordMilestone(REVIEW_DECIDED, on, null, null,
                null, null, null, null, PenaltyOutcome.PENALTY_STANDS), recorder(), WINDOWS));
        Rejection elsewhere = rejection(requested.recordMilestone(new RecordMilestone(Milestone.PENALTY_FINALISED, on,
                null, null, null, null, null, null, PenaltyOutcome.PENALTY_STANDS), recorder(), WINDOWS));

        assertThat(reviewed.standingMilestones()).last().satisfies(m ->
                assertThat(m.penaltyOutcome()).isEqualTo(PenaltyOutcome.PENALTY_STANDS));
        assertThat(fields(elsewhere)).containsExactly("penaltyOutcome");
    }

    @Test
    void nothingIsRecordedOnAClosedCase() {
        BreachCase closed = accepted(anOpenCase().close(new CloseCase(NOTICE, CaseClosureReason.WARNING_ISSUED, null),
                recorder()));

        assertThat(rejection(closed.intendDisclosure(named(), recorder(), WINDOWS)).kind())
                .isEqualTo(Rejection.Kind.REFUSED);
    }
}
