package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * §11.3: a case not published is covered by an anonymised report (or by the statistics only). The report is built
 * only from what cannot identify anybody: the kinds of person, the breach types (the contract's symbols, in words),
 * counts, amounts and the standard compliance lessons. No name of a subject, officer or designated person, and no
 * free text of the case (reference, regime or regulation as typed, descriptions, reasons, the officer's text) ever
 * goes into it.
 */
public final class AnonymisedReport {

    private AnonymisedReport() {
    }

    public static PublicationContent of(CaseFacts facts, AssessedCase assessment, int version) {
        List<CaseFacts.Breach> established = facts.breaches().stream()
                .filter(b -> !b.withdrawn() && (assessment == null
                        || assessment.establishedBreachIds().contains(b.breachId())))
                .toList();
        List<String> typeCodes = List.copyOf(new LinkedHashSet<>(established.stream()
                .map(CaseFacts.Breach::breachType).filter(t -> t != null).toList()));
        List<String> types = typeCodes.stream().map(MonetaryPenaltySummaryPolicy::readable).toList();
        List<PenalisedPerson> persons = new ArrayList<>();
        List<AssessedCase.Penalty> imposed = assessment == null ? List.of() : assessment.imposedPenalties();
        for (int i = 0; i < imposed.size(); i++) {
            persons.add(new PenalisedPerson(label(i, imposed.get(i).subjectType()), imposed.get(i).finalPenalty()));
        }
        BigDecimal total = persons.stream().map(PenalisedPerson::penalty).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean disclosed = facts.voluntarilyDisclosed();
        BigDecimal value = assessment == null ? null : assessment.aggregatedValue();
        String text = (persons.isEmpty() ? "OFSI found " : "OFSI imposed monetary penalties totalling "
                + Money.format(total) + " on " + persons.size() + (persons.size() == 1 ? " person for " : " persons for "))
                + established.size() + (established.size() == 1 ? " breach" : " breaches") + " of financial sanctions ("
                + String.join(", ", types).toLowerCase(Locale.UK) + "). "
                + (value == null ? "" : "The aggregated value was " + Money.format(value) + ". ")
                + (disclosed ? "The breaches were voluntarily disclosed." : "The breaches were not voluntarily disclosed.")
                + " The case is not published in full (§11.3); this anonymised report satisfies section 149(2).";
        return new PublicationContent(PublicationKind.ANONYMISED_REPORT, false, version,
                "Anonymised report of a monetary penalty case", text, persons, types, List.of(), List.of(), disclosed,
                value, ComplianceLessons.forCase(typeCodes, disclosed));
    }

    /** "Person A (a legal person)". */
    private static String label(int index, String subjectType) {
        String kind = "INDIVIDUAL".equals(subjectType) ? "an individual" : "a legal person";
        return "Person " + (char) ('A' + Math.min(index, 25)) + " (" + kind + ")";
    }
}
