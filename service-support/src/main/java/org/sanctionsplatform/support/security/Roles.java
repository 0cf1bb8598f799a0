package org.sanctionsplatform.support.security;

/**
 * The roles of the authority's people (issue 9.2), as the identity provider puts them in the token's roles claim
 * ({@code sep.security.roles-claim}, default {@code roles}). Least privilege: each role may do what the job needs.
 */
public final class Roles {

    /** Opens cases, records breaches, voluntary disclosures, case factors and procedure milestones. */
    public static final String CASE_OFFICER = "CASE_OFFICER";
    /** Decides: departures from the indicative level, penalty decisions, decision milestones, closures. */
    public static final String DECISION_MAKER = "DECISION_MAKER";
    /** Releases what a decision allows to be published. */
    public static final String PUBLICATION_OFFICER = "PUBLICATION_OFFICER";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "AUDITOR";
    /** Runs the platform: management endpoints and health details; reads no casework. */
    public static final String OPERATOR = "OPERATOR";

    private Roles() {
    }
}
