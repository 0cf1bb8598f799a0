package org.sanctionsplatform.intake.domain;

import static org.sanctionsplatform.intake.domain.VoluntaryDisclosurePolicy.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.intake.domain.PublicationCommands.AuthoriseRelease;
import org.sanctionsplatform.intake.domain.PublicationCommands.DecidePublication;
import org.sanctionsplatform.intake.domain.PublicationCommands.IntendDisclosure;
import org.sanctionsplatform.intake.domain.PublicationCommands.ShareText;
import org.sanctionsplatform.intake.domain.PublicationCommands.WriteText;
import org.sanctionsplatform.intake.domain.PublicationStep.Decision;
import org.sanctionsplatform.intake.domain.PublicationStep.DisclosureGround;
import org.sanctionsplatform.intake.domain.PublicationStep.Scope;

/**
 * The rules of the publication steps intake records (chapters 11–13): first each command's own shape ({@code check*},
 * answered 400), then whether the case so far allows it ({@code refuse*}, answered 409). Nothing is recorded unless
 * both are empty.
 */
public final class PublicationPolicy {

    /** Chapter 12 applies to breaches on or after 00:00 15 June 2022. */
    public static final LocalDate DISCLOSURES_FROM = LocalDate.of(2022, 6, 15);

    private PublicationPolicy() {
    }

    // ---- shape -------------------------------------------------------------------------------------------------

    public static List<Violation> checkDecision(DecidePublication c, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        checks.required(c.scope(), "publication");
        checks.required(c.decision(), "decision");
        checks.pastDate(c.decidedOn(), "decidedOn", today, breachCase.openedOn(), "the case was opened");
        checks.optionalText(c.reason(), "reason", Checks.TEXT_LENGTH);
        checks.optionalText(c.amendment(), "amendment", Checks.TEXT_LENGTH);
        if (c.decision() == Decision.DO_NOT_PUBLISH || c.decision() == Decision.PUBLISH_AMENDED) {
            if (blankToNull(c.reason()) == null) {
                checks.add("reason", "is required when the decision is " + c.decision()
                        + ": the decision not to publish, or to change what was intended, is recorded with its reason"
                        + " (§11.3, §12.2)");
            }
        }
        if (c.decision() == Decision.DO_NOT_PUBLISH) {
            checks.required(c.coverage(), "coverage");
        } else if (c.coverage() != null) {
            checks.add("coverage", "is only for DO_NOT_PUBLISH: how a case not published is covered (§11.3)");
        }
        if (c.decision() == Decision.PUBLISH_AMENDED) {
            if (blankToNull(c.amendment()) == null) {
                checks.add("amendment", "is required for PUBLISH_AMENDED: what is published instead of what was "
                        + "intended (§12.2)");
            }
        } else if (c.amendment() != null) {
            checks.add("amendment", "is only for PUBLISH_AMENDED");
        }
        return checks.violations();
    }

    public static List<Violation> checkDisclosure(IntendDisclosure c, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        checks.required(c.named(), "named");
        checks.required(c.ground(), "ground");
        checks.pastDate(c.noticeOn(), "noticeOn", today, breachCase.openedOn(), "the case was opened");
        checks.optionalText(c.designatedPerson(), "designatedPerson", Checks.NAME_LENGTH);
        checks.optionalText(c.designatedPersonWithheldReason(), "designatedPersonWithheldReason", Checks.TEXT_LENGTH);
        if (Boolean.FALSE.equals(c.named()) && c.ground() != null && c.ground() != DisclosureGround.COMPLIANCE_LESSONS) {
            checks.add("named", "must be true for a " + c.ground() + " Disclosure: only a Disclosure made solely to "
                    + "highlight compliance lessons, for a breach of lesser severity, leaves the person unnamed (§12.3)");
        }
        if (blankToNull(c.designatedPerson()) != null && blankToNull(c.designatedPersonWithheldReason()) != null) {
            checks.add("designatedPersonWithheldReason", "is for a designated person not identified: leave out "
                    + "designatedPerson, or this reason (§12.3)");
        }
        return checks.violations();
    }

    public static List<Violation> checkText(WriteText c, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        checks.required(c.scope(), "publication");
        checks.requiredText(c.trueUnderstanding(), "trueUnderstanding", Checks.TEXT_LENGTH);
        checks.pastDate(c.writtenOn(), "writtenOn", today, breachCase.openedOn(), "the case was opened");
        return checks.violations();
    }

    public static List<Violation> checkShared(ShareText c, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        disclosureOnly(checks, c.scope(), "the text shared in advance for factual accuracy is a Disclosure's (§12.2)");
        checks.pastDate(c.sharedOn(), "sharedOn", today, breachCase.openedOn(), "the case was opened");
        return checks.violations();
    }

    public static List<Violation> checkRelease(AuthoriseRelease c, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        disclosureOnly(checks, c.scope(), "a penalty summary is released when review rights are spent (§11.4), "
                + "not by hand; only a Disclosure is released by the publication officer (§12.2)");
        checks.pastDate(c.authorisedOn(), "authorisedOn", today, breachCase.openedOn(), "the case was opened");
        return checks.violations();
    }

    private static void disclosureOnly(Checks checks, Scope scope, String why) {
        if (checks.required(scope, "publication") && scope != Scope.DISCLOSURE) {
            checks.add("publication", "must be DISCLOSURE: " + why);
        }
    }

    // ---- the case so far ---------------------------------------------------------------------------------------

    public static List<Violation> refuseDecision(DecidePublication c, BreachCase breachCase) {
        List<Violation> refusals = new ArrayList<>();
        breachCase.publicationDecision(c.scope()).ifPresent(earlier -> refusals.add(new Violation("publication",
                "the " + c.scope() + " was already decided on " + earlier.decidedOn() + " (" + earlier.decision()
                        + ")")));
        if (c.scope() == Scope.DISCLOSURE) {
            Optional<PublicationStep.DisclosureIntended> notice = breachCase.disclosureIntended();
            if (notice.isEmpty()) {
                refusals.add(new Violation("publication", "a Disclosure is decided after the notice of intended "
                        + "Disclosure (§12.2): record the notice first"));
            } else if (c.decidedOn().isBefore(notice.get().noticeOn())) {
                refusals.add(new Violation("decidedOn", "is before the notice of intended Disclosure of "
                        + notice.get().noticeOn() + " (§12.2)"));
            }
        } else {
            if (breachCase.standingMilestones().stream().noneMatch(m -> m.milestone() == Milestone.NOTICE_OF_INTENTION)) {
                refusals.add(new Violation("publication", "a penalty summary is decided in a penalty case: the case "
                        + "has no NOTICE_OF_INTENTION (§11.1, chapter 7)"));
            }
            if (c.decision() == Decision.DO_NOT_PUBLISH
                    && breachCase.procedure() == CaseProcedure.FIXED_MONETARY_PENALTY) {
                refusals.add(new Violation("decision", "all fixed penalty cases are published with the subject named "
                        + "(§13.3)"));
            }
        }
        return refusals;
    }

    public static List<Violation> refuseDisclosure(IntendDisclosure c, BreachCase breachCase) {
        List<Violation> refusals = new ArrayList<>();
        breachCase.disclosureIntended().ifPresent(earlier -> refusals.add(new Violation("disclosure",
                "a Disclosure was already intended on " + earlier.noticeOn() + " (§12.2)")));
        if (breachCase.procedure() == CaseProcedure.FIXED_MONETARY_PENALTY) {
            refusals.add(new Violation("disclosure", "a fixed penalty case is published as a penalty, with the subject "
                    + "named (§13.3), not as a Disclosure"));
        }
        List<Breach> active = breachCase.activeBreaches();
        if (active.isEmpty()) {
            refusals.add(new Violation("breaches", "the case has no recorded breach: a Disclosure publishes a breach "
                    + "(s.149(3), §12)"));
        }
        active.stream().filter(b -> b.breachDate().isBefore(DISCLOSURES_FROM)).findFirst().ifPresent(b ->
                refusals.add(new Violation("breaches", "breach " + b.breachId() + " of " + b.breachDate() + " is "
                        + "before 15 June 2022: chapter 12 applies to breaches on or after that date")));
        return refusals;
    }

    public static List<Violation> refuseText(WriteText c, BreachCase breachCase) {
        if (c.scope() == Scope.DISCLOSURE && breachCase.disclosureIntended().isEmpty()) {
            return List.of(new Violation("publication", "the case has no intended Disclosure (§12.2)"));
        }
        return List.of();
    }

    public static List<Violation> refuseShared(ShareText c, BreachCase breachCase) {
        List<Violation> refusals = new ArrayList<>();
        Optional<PublicationStep.DisclosureIntended> notice = breachCase.disclosureIntended();
        if (notice.isEmpty()) {
            return List.of(new Violation("publication", "the case has no intended Disclosure (§12.2)"));
        }
        if (!notice.get().named()) {
            refusals.add(new Violation("publication", "an unnamed Disclosure invites no representations and has no "
                    + "named person to share its text with (§12.2)"));
        }
        publishDecisionBefore(breachCase, c.sharedOn(), "shared for factual accuracy").ifPresent(refusals::add);
        return refusals;
    }

    public static List<Violation> refuseRelease(AuthoriseRelease c, BreachCase breachCase) {
        List<Violation> refusals = new ArrayList<>();
        Optional<PublicationStep.DisclosureIntended> notice = breachCase.disclosureIntended();
        if (notice.isEmpty()) {
            return List.of(new Violation("publication", "the case has no intended Disclosure (§12.2)"));
        }
        breachCase.releaseAuthorised(Scope.DISCLOSURE).ifPresent(earlier -> refusals.add(new Violation("publication",
                "the Disclosure was already released on " + earlier.authorisedOn())));
        Optional<PublicationStep.PublicationDecided> decided = breachCase.publicationDecision(Scope.DISCLOSURE);
        if (decided.isPresent() && !decided.get().publishes()) {
            refusals.add(new Violation("publication", "OFSI decided on " + decided.get().decidedOn()
                    + " not to publish the Disclosure (§12.2)"));
        }
        if (notice.get().named()) {
            publishDecisionBefore(breachCase, c.authorisedOn(), "released").ifPresent(refusals::add);
            boolean shared = breachCase.publicationSteps().stream()
                    .anyMatch(s -> s instanceof PublicationStep.TextShared t && t.scope() == Scope.DISCLOSURE
                            && !t.sharedOn().isAfter(c.authorisedOn()));
            if (!shared) {
                refusals.add(new Violation("publication", "a named Disclosure's text is shared with the person for "
                        + "factual accuracy before it is published (§12.2)"));
            }
        }
        return refusals;
    }

    private static Optional<Violation> publishDecisionBefore(BreachCase breachCase, LocalDate on, String what) {
        Optional<PublicationStep.PublicationDecided> decided = breachCase.publicationDecision(Scope.DISCLOSURE);
        if (decided.isEmpty()) {
            return Optional.of(new Violation("publication", "a named Disclosure is " + what + " after the decision to "
                    + "publish it, which follows the representations (§12.2)"));
        }
        if (!decided.get().publishes()) {
            return Optional.of(new Violation("publication", "OFSI decided on " + decided.get().decidedOn()
                    + " not to publish the Disclosure (§12.2)"));
        }
        if (on != null && on.isBefore(decided.get().decidedOn())) {
            return Optional.of(new Violation("publication", "cannot be " + what + " before the decision of "
                    + decided.get().decidedOn() + " (§12.2)"));
        }
        return Optional.empty();
    }
}
