package org.sanctionsplatform.publication.domain;

/** What is published: a monetary penalty summary (§11.1); Disclosures (§12), anonymised reports (§11.3) and fixed-penalty summaries (§13.3) follow. */
public enum PublicationKind {
    MONETARY_PENALTY_SUMMARY
}
