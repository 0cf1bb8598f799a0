package org.sanctionsplatform.intake.domain;

/** How the suspected breach came to the authority's attention (§6.5 weighs a voluntary self-report). */
public enum CaseOrigin {
    SELF_REPORT,
    THIRD_PARTY_REPORT,
    OFSI_INVESTIGATION,
    REFERRAL,
    OTHER
}
