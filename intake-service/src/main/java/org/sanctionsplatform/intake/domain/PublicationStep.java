package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A step of a case's publication that the authority records (issue 10.6): the decision whether to publish (§11.3,
 * §12.2), the notice of an intended Disclosure (§12.2), the officer's "true understanding" text (§11.1, §12.3), the
 * text shared for factual accuracy and the release of a Disclosure (§12.2). publication-service applies them; intake
 * keeps them so that the next step can be checked against those before ({@link PublicationPolicy}).
 */
public sealed interface PublicationStep {

    /** Which publication a step is about. */
    enum Scope {
        /** The monetary penalty summary (§11.1) or the fixed penalty summary (§13.3). */
        PENALTY_SUMMARY,
        /** A Disclosure (chapter 12). */
        DISCLOSURE
    }

    /** §12.2: publish, publish with details changed, or not publish (for a penalty summary, §11.3). */
    enum Decision {
        PUBLISH,
        PUBLISH_AMENDED,
        DO_NOT_PUBLISH
    }

    /** §11.3: a case not published is covered by an anonymised report, or by the statistics only. */
    enum WithheldCoverage {
        ANONYMISED_REPORT,
        STATISTICS_ONLY
    }

    /** §12.1: why a Disclosure. */
    enum DisclosureGround {
        /** A Level 2 case where a warning is too lenient and a penalty disproportionate. */
        LEVEL_2,
        /** Valuable lessons for industry. */
        COMPLIANCE_LESSONS,
        /** Exceptionally, a penalty would not be in the public interest. */
        PUBLIC_INTEREST_EXCEPTION
    }

    Scope scope();

    LocalDate on();

    /** The decision whether to publish, with its reason (required unless it is to publish as intended). */
    record PublicationDecided(String decisionId, Scope scope, Decision decision, String reason,
                              WithheldCoverage coverage, String amendment, LocalDate decidedOn, String decidedBy)
            implements PublicationStep {
        public PublicationDecided {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(decidedOn, "decidedOn");
        }

        @Override
        public LocalDate on() {
            return decidedOn;
        }

        public boolean publishes() {
            return decision != Decision.DO_NOT_PUBLISH;
        }
    }

    /**
     * The notice of an intended Disclosure (§12.2). Named: the person may make representations for 30 business days
     * (the NOTICE_OF_INTENDED_DISCLOSURE milestone recorded with it opens the window). Unnamed: lessons only, no
     * representations (§12.3).
     */
    record DisclosureIntended(String disclosureId, boolean named, DisclosureGround ground, String designatedPerson,
                              String designatedPersonWithheldReason, LocalDate noticeOn, MilestoneId noticeMilestoneId)
            implements PublicationStep {
        public DisclosureIntended {
            Objects.requireNonNull(disclosureId, "disclosureId");
            Objects.requireNonNull(ground, "ground");
            Objects.requireNonNull(noticeOn, "noticeOn");
        }

        @Override
        public Scope scope() {
            return Scope.DISCLOSURE;
        }

        @Override
        public LocalDate on() {
            return noticeOn;
        }
    }

    /** The officer's section: "other information required to give a true understanding of the case" (§11.1, §12.3). */
    record TextWritten(Scope scope, String trueUnderstanding, LocalDate writtenOn, String writtenBy)
            implements PublicationStep {
        public TextWritten {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(trueUnderstanding, "trueUnderstanding");
            Objects.requireNonNull(writtenOn, "writtenOn");
        }

        @Override
        public LocalDate on() {
            return writtenOn;
        }
    }

    /** The written summary shared with the person in advance, for factual accuracy (§12.2). */
    record TextShared(Scope scope, LocalDate sharedOn, String sharedBy) implements PublicationStep {
        public TextShared {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(sharedOn, "sharedOn");
        }

        @Override
        public LocalDate on() {
            return sharedOn;
        }
    }

    /** The publication officer releases a decided Disclosure (§12.2). */
    record ReleaseAuthorised(Scope scope, LocalDate authorisedOn, String authorisedBy) implements PublicationStep {
        public ReleaseAuthorised {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(authorisedOn, "authorisedOn");
        }

        @Override
        public LocalDate on() {
            return authorisedOn;
        }
    }
}
