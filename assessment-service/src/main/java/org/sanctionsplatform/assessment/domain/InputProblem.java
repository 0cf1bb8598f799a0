package org.sanctionsplatform.assessment.domain;

/** One problem with a case given as a whole: the field (a JSON path such as {@code breaches[0].breachDate}) and why. */
public record InputProblem(String field, String reason) {
}
