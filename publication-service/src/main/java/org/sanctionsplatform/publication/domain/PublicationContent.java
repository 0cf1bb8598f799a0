package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The content of one version of a publication: for a monetary penalty summary (§11.1) who was penalised and by how
 * much, the breach types, regimes and regulations broken, whether there was voluntary disclosure, the aggregated GBP
 * value and the compliance lessons, with a title and a text paragraph.
 */
public record PublicationContent(
        PublicationKind kind,
        boolean named,
        int version,
        String title,
        String text,
        List<PenalisedPerson> penalisedPersons,
        List<String> breachTypes,
        List<String> regimes,
        List<String> regulations,
        boolean voluntarilyDisclosed,
        BigDecimal aggregatedValue,
        List<String> complianceLessons) {

    public PublicationContent {
        penalisedPersons = penalisedPersons == null ? List.of() : List.copyOf(penalisedPersons);
        breachTypes = breachTypes == null ? List.of() : List.copyOf(breachTypes);
        regimes = regimes == null ? List.of() : List.copyOf(regimes);
        regulations = regulations == null ? List.of() : List.copyOf(regulations);
        complianceLessons = complianceLessons == null ? List.of() : List.copyOf(complianceLessons);
        aggregatedValue = Money.gbp(aggregatedValue);
    }

    public PublicationContent withVersion(int newVersion) {
        return new PublicationContent(kind, named, newVersion, title, text, penalisedPersons, breachTypes, regimes,
                regulations, voluntarilyDisclosed, aggregatedValue, complianceLessons);
    }

    /** Same content whatever the version number: a redraft with identical content is not a new version. */
    public boolean sameContentAs(PublicationContent other) {
        return other != null && withVersion(0).equals(other.withVersion(0));
    }
}
