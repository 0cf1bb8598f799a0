package org.sanctionsplatform.intake.domain;

/** Why a case was closed (§4.7 and §5.1 list the possible outcomes). */
public enum CaseClosureReason {
    NO_BREACH,
    NO_ACTION_PUBLIC_INTEREST,
    WARNING_ISSUED,
    DISCLOSURE_PUBLISHED,
    PENALTY_PAID,
    REFERRED_TO_LAW_ENFORCEMENT,
    WITHDRAWN,
    OTHER
}
