package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Drafts the monetary penalty summary of a case (§11.1) once its assessment has a penalty outcome with a final
 * penalty for at least one subject: each penalised person named with their penalty, the breach types, regimes and
 * regulations of the established breaches, whether there was voluntary disclosure, the aggregated GBP value and the
 * compliance lessons. The draft is held until review rights are spent (§11.4). A later assessment that changes the
 * content makes the next version; identical content makes nothing new.
 */
public final class MonetaryPenaltySummaryPolicy {

    public static final String RELEASE_CONDITION =
            "review rights spent: the review window elapsed unrequested or the review decided (§11.4)";

    /** What the policy decided. */
    public sealed interface Decision {
        /** Draft this publication (a first version or the next one). */
        record Draft(Publication publication) implements Decision {
        }

        /** Nothing to draft, and why. */
        record NoDraft(String reason) implements Decision {
        }
    }

    public Decision decide(CaseFacts facts, AssessedCase assessment, Publication current) {
        return decide(facts, assessment, current, null);
    }

    /** As {@link #decide(CaseFacts, AssessedCase, Publication)}, with the officer's "true understanding" section. */
    public Decision decide(CaseFacts facts, AssessedCase assessment, Publication current, String trueUnderstanding) {
        Objects.requireNonNull(facts, "facts");
        if (assessment == null) {
            return new Decision.NoDraft("not assessed yet");
        }
        if (!facts.opened()) {
            return new Decision.NoDraft("case not opened yet");
        }
        // Topics are consumed independently: wait until the facts include every case event the assessment saw.
        if (facts.eventsApplied() < assessment.inputVersion()) {
            return new Decision.NoDraft("the case facts lag behind the assessment (" + facts.eventsApplied()
                    + " of " + assessment.inputVersion() + " case events)");
        }
        if (!assessment.isPenaltyOutcome()) {
            return new Decision.NoDraft(assessment.likelyOutcome() + " is not a monetary penalty");
        }
        if (assessment.imposedPenalties().isEmpty()) {
            return new Decision.NoDraft("no subject has a final penalty yet");
        }
        int version = current == null ? 1 : current.version() + 1;
        PublicationContent content = summary(facts, assessment, version).withTrueUnderstanding(trueUnderstanding);
        if (current != null && current.content().sameContentAs(content)) {
            return new Decision.NoDraft("content unchanged since version " + current.version());
        }
        String id = current == null ? Publication.idFor(facts.caseId(), content.kind()) : current.publicationId();
        return new Decision.Draft(new Publication(id, facts.caseId(), content.kind(),
                current == null ? PublicationState.DRAFTED : current.state(), content, RELEASE_CONDITION,
                assessment.assessmentEventId()));
    }

    PublicationContent summary(CaseFacts facts, AssessedCase assessment, int version) {
        List<CaseFacts.Breach> established = facts.breaches().stream()
                .filter(b -> !b.withdrawn() && assessment.establishedBreachIds().contains(b.breachId()))
                .toList();
        List<String> breachTypeCodes = distinct(established.stream().map(CaseFacts.Breach::breachType).toList());
        List<String> breachTypes = breachTypeCodes.stream().map(MonetaryPenaltySummaryPolicy::readable).toList();
        List<String> regimes = distinct(established.stream().map(CaseFacts.Breach::regime).toList());
        List<String> regulations = distinct(established.stream().map(CaseFacts.Breach::regulation).toList());
        // §11.1: each person, company or entity, an officer of a body (s.148) with the body's name, and the discounts
        List<PenalisedPerson> persons = assessment.imposedPenalties().stream()
                .map(p -> new PenalisedPerson(nameOf(facts, p), p.finalPenalty(), officerOf(facts, assessment, p),
                        p.discounts())).toList();
        boolean disclosed = facts.voluntarilyDisclosed();
        BigDecimal value = assessment.aggregatedValue();

        String names = joined(persons.stream().map(PenalisedPerson::name).toList());
        boolean fixed = assessment.isFixedPenaltyOutcome();
        String title = (fixed ? "Fixed monetary penalty imposed on " : "Monetary penalty imposed on ") + names;
        String text = text(facts.caseReference(), persons, established.size(), breachTypes, regimes, regulations,
                disclosed, value);
        // §13.3: every fixed penalty is published with the subject named, as a penalty summary is (§11.1)
        return new PublicationContent(fixed ? PublicationKind.FIXED_PENALTY_SUMMARY
                : PublicationKind.MONETARY_PENALTY_SUMMARY, true, version, title, text, persons,
                breachTypes, regimes, regulations, disclosed, value, ComplianceLessons.forCase(breachTypeCodes, disclosed),
                why(assessment), null, null, null);
    }

    /**
     * §11.1 "why OFSI imposed the monetary penalty" and §5.8 "we will explain why we consider a case to be Level 4 …
     * when we publish": the level and the assessment's own words for it.
     */
    static String why(AssessedCase assessment) {
        if (assessment.seriousness() == null && assessment.levelReason() == null) {
            return null;
        }
        String level = assessment.seriousness() == null ? "" : "OFSI assessed the case as " + assessment.seriousness()
                + ". ";
        return (level + (assessment.levelReason() == null ? "" : assessment.levelReason())).strip();
    }

    private static String officerOf(CaseFacts facts, AssessedCase assessment, AssessedCase.Penalty penalty) {
        if (penalty.officerOf() == null) {
            return null;
        }
        return facts.subjects().stream().filter(s -> s.subjectId().equals(penalty.officerOf()))
                .map(CaseFacts.Subject::name).findFirst()
                .orElseGet(() -> assessment.penalties().stream().filter(p -> p.subjectId().equals(penalty.officerOf()))
                        .map(AssessedCase.Penalty::subjectName).findFirst().orElse(penalty.officerOf()));
    }

    private static String text(String reference, List<PenalisedPerson> persons, int breaches, List<String> types,
                               List<String> regimes, List<String> regulations, boolean disclosed, BigDecimal value) {
        BigDecimal total = persons.stream().map(PenalisedPerson::penalty).reduce(BigDecimal.ZERO, BigDecimal::add);
        String who = joined(persons.stream().map(p -> p.name() + " (" + Money.format(p.penalty()) + ")").toList());
        StringBuilder text = new StringBuilder()
                .append("OFSI has imposed ").append(persons.size() == 1 ? "a monetary penalty of " : "monetary penalties totalling ")
                .append(Money.format(total)).append(" on ").append(who)
                .append(" for ").append(breaches).append(breaches == 1 ? " breach" : " breaches")
                .append(" of financial sanctions (").append(joined(types).toLowerCase(Locale.UK)).append(")")
                .append(" under the ").append(joined(regimes)).append(regimes.size() == 1 ? " regime" : " regimes")
                .append(", contrary to ").append(joined(regulations)).append(". ");
        String theBreaches = breaches == 1 ? "the breach" : "the breaches";
        String were = breaches == 1 ? " was " : " were ";
        text.append(value == null
                ? "The value of " + theBreaches + " could not be estimated. "
                : "The aggregated value of " + theBreaches + " was " + Money.format(value) + ". ");
        text.append("T").append(theBreaches.substring(1)).append(were)
                .append(disclosed ? "voluntarily disclosed to OFSI." : "not voluntarily disclosed to OFSI.");
        text.append(" Case reference ").append(reference).append('.');
        return text.toString();
    }

    private static String nameOf(CaseFacts facts, AssessedCase.Penalty penalty) {
        return facts.subjects().stream().filter(s -> s.subjectId().equals(penalty.subjectId()))
                .map(CaseFacts.Subject::name).findFirst().orElse(penalty.subjectName());
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()));
    }

    /** {@code MAKING_FUNDS_AVAILABLE} reads "Making funds available". */
    static String readable(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + items.get(items.size() - 1);
    }
}
