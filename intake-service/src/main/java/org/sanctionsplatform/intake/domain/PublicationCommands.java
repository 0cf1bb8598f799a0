package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;

/** The commands that record a publication step (issue 10.6); who acted comes from the caller's token. */
public final class PublicationCommands {

    private PublicationCommands() {
    }

    /** Decide whether to publish the case's summary or Disclosure (§11.3, §12.2). */
    public record DecidePublication(PublicationStep.Scope scope, PublicationStep.Decision decision, String reason,
                                    PublicationStep.WithheldCoverage coverage, String amendment, LocalDate decidedOn,
                                    String decidedBy) {
    }

    /** Give notice of an intended Disclosure (§12.2). */
    public record IntendDisclosure(Boolean named, PublicationStep.DisclosureGround ground, String designatedPerson,
                                   String designatedPersonWithheldReason, LocalDate noticeOn) {
    }

    /** Write the "true understanding" section of a publication (§11.1, §12.3). */
    public record WriteText(PublicationStep.Scope scope, String trueUnderstanding, LocalDate writtenOn,
                            String writtenBy) {
    }

    /** Record that the Disclosure's text was shared for factual accuracy (§12.2). */
    public record ShareText(PublicationStep.Scope scope, LocalDate sharedOn, String sharedBy) {
    }

    /** Release a decided Disclosure (§12.2). */
    public record AuthoriseRelease(PublicationStep.Scope scope, LocalDate authorisedOn, String authorisedBy) {
    }
}
