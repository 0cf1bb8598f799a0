package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content of a Disclosure (§12.3): who committed the breach (named Disclosures only), the summary facts (breach
 * types, regimes, regulations, whether voluntarily disclosed), the aggregated value, why OFSI decided to publish, the
 * compliance lessons, the officer's "true understanding" section and the designated person the breach relates to,
 * identified as a fact unless a strong reason was recorded. An unnamed Disclosure (lessons only, §12.3) never names
 * who performed the breach nor the designated person. A decision to publish amended (§12.2) adds its statement.
 */
public final class DisclosureDraft {

    private DisclosureDraft() {
    }

    public static PublicationContent content(CaseFacts facts, AssessedCase assessment, PublicationProgress progress,
                                             int version) {
        PublicationProgress.DisclosureNotice notice = progress.disclosureNotice();
        boolean named = notice.named();
        List<CaseFacts.Breach> breaches = facts.breaches().stream()
                .filter(b -> !b.withdrawn() && (assessment == null
                        || assessment.establishedBreachIds().isEmpty()
                        || assessment.establishedBreachIds().contains(b.breachId())))
                .toList();
        List<String> typeCodes = distinct(breaches.stream().map(CaseFacts.Breach::breachType).toList());
        List<String> types = typeCodes.stream().map(MonetaryPenaltySummaryPolicy::readable).toList();
        List<String> regimes = distinct(breaches.stream().map(CaseFacts.Breach::regime).toList());
        List<String> regulations = distinct(breaches.stream().map(CaseFacts.Breach::regulation).toList());
        Set<String> who = breaches.stream().map(CaseFacts.Breach::subjectId).collect(Collectors.toSet());
        List<PenalisedPerson> persons = named ? facts.subjects().stream()
                .filter(s -> who.contains(s.subjectId()))
                .map(s -> new PenalisedPerson(s.name(), null)).toList() : List.of();
        boolean disclosed = facts.voluntarilyDisclosed();
        BigDecimal value = assessment == null ? null : assessment.aggregatedValue();
        String names = persons.stream().map(PenalisedPerson::name).collect(Collectors.joining(", "));
        String title = named ? "Disclosure: breach of financial sanctions by " + names
                : "Disclosure: compliance lessons from a breach of financial sanctions";
        String text = (named ? names + " breached" : "A person breached") + " financial sanctions ("
                + String.join(", ", types).toLowerCase(Locale.UK) + ")"
                + (regimes.isEmpty() ? "" : " under the " + String.join(", ", regimes) + " regime")
                + ". " + (value == null ? "" : "The aggregated value was " + Money.format(value) + ". ")
                + (disclosed ? "The breach was voluntarily disclosed to OFSI." : "The breach was not voluntarily disclosed to OFSI.")
                + " No monetary penalty was imposed; OFSI publishes this Disclosure under section 149(3).";
        String designated = named && notice.designatedPersonWithheldReason() == null ? notice.designatedPerson() : null;
        PublicationProgress.Decision decision = progress.disclosureDecision();
        String statement = decision != null && decision.choice() == PublicationProgress.Decision.Choice.PUBLISH_AMENDED
                ? decision.amendment() : null;
        return new PublicationContent(named ? PublicationKind.DISCLOSURE_NAMED : PublicationKind.DISCLOSURE_UNNAMED,
                named, version, title, text, persons, types, regimes, regulations, disclosed, value,
                ComplianceLessons.forCase(typeCodes, disclosed), why(notice, assessment),
                progress.disclosureTrueUnderstanding(), designated, statement);
    }

    /** §12.1, §12.3 "why OFSI decided to publish", with the level from the assessment (§5.8). */
    static String why(PublicationProgress.DisclosureNotice notice, AssessedCase assessment) {
        String ground = switch (notice.ground() == null ? "" : notice.ground()) {
            case "LEVEL_2" -> "OFSI assessed the case as Level 2 (moderate): a warning would be too lenient and a"
                    + " monetary penalty disproportionately punitive (§12.1).";
            case "COMPLIANCE_LESSONS" -> "The case holds valuable compliance lessons for industry (§12.1).";
            case "PUBLIC_INTEREST_EXCEPTION" -> "Exceptionally, a monetary penalty would not be in the public interest"
                    + " (§12.1).";
            default -> "OFSI decided to publish a Disclosure (§12.1).";
        };
        return assessment == null || assessment.levelReason() == null ? ground
                : ground + " " + assessment.levelReason();
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values.stream().filter(v -> v != null).toList()));
    }
}
