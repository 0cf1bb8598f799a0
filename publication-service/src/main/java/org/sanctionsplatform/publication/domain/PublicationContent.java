package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The content of one version of a publication: for a monetary penalty summary (§11.1) who was penalised and by how
 * much, the breach types, regimes and regulations broken, whether there was voluntary disclosure, the aggregated GBP
 * value and the compliance lessons, with a title and a text paragraph; why OFSI imposed the penalty or published
 * (the level and why, §5.8), the officer's "true understanding" section, for a Disclosure the designated person the
 * breach relates to (§12.3), and a statement that replaces the original (a tribunal's amendment, §11.4, or an
 * amendment after representations, §12.2). Null where not applicable.
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
        List<String> complianceLessons,
        String whyPublished,
        String trueUnderstanding,
        String designatedPerson,
        String statement) {

    public PublicationContent(PublicationKind kind, boolean named, int version, String title, String text,
                              List<PenalisedPerson> penalisedPersons, List<String> breachTypes, List<String> regimes,
                              List<String> regulations, boolean voluntarilyDisclosed, BigDecimal aggregatedValue,
                              List<String> complianceLessons) {
        this(kind, named, version, title, text, penalisedPersons, breachTypes, regimes, regulations,
                voluntarilyDisclosed, aggregatedValue, complianceLessons, null, null, null, null);
    }

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
                regulations, voluntarilyDisclosed, aggregatedValue, complianceLessons, whyPublished, trueUnderstanding,
                designatedPerson, statement);
    }

    /** The same content with a statement that replaces the original report (§11.4, §12.2). */
    public PublicationContent withStatement(String newStatement) {
        return new PublicationContent(kind, named, version, title, text, penalisedPersons, breachTypes, regimes,
                regulations, voluntarilyDisclosed, aggregatedValue, complianceLessons, whyPublished, trueUnderstanding,
                designatedPerson, newStatement);
    }

    /** The same content with the officer's "true understanding" section (§11.1, §12.3). */
    public PublicationContent withTrueUnderstanding(String section) {
        return new PublicationContent(kind, named, version, title, text, penalisedPersons, breachTypes, regimes,
                regulations, voluntarilyDisclosed, aggregatedValue, complianceLessons, whyPublished, section,
                designatedPerson, statement);
    }

    /** Same content whatever the version number: a redraft with identical content is not a new version. */
    public boolean sameContentAs(PublicationContent other) {
        return other != null && withVersion(0).equals(other.withVersion(0));
    }
}
