package org.sanctionsplatform.intake.domain;

/** Command: withdraw a recorded breach from the case, with the reason. */
public record WithdrawBreach(String breachId, String reason) {
}
