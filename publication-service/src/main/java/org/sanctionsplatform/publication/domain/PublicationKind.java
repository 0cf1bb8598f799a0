package org.sanctionsplatform.publication.domain;

/**
 * What is published: a monetary penalty summary (§11.1), a fixed penalty summary (§13.3, always named), a named or
 * unnamed Disclosure (§12), or, for a case not published, an anonymised report (§11.3). The symbols are those of the
 * publications topic's PublicationKind.
 */
public enum PublicationKind {
    MONETARY_PENALTY_SUMMARY,
    DISCLOSURE_NAMED,
    DISCLOSURE_UNNAMED,
    ANONYMISED_REPORT,
    FIXED_PENALTY_SUMMARY
}
