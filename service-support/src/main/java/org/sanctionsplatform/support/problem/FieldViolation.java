package org.sanctionsplatform.support.problem;

import io.micronaut.serde.annotation.Serdeable;

/** One problem with a request: the field (a JSON path such as {@code breaches[0].breachDate}) and the reason. */
@Serdeable
public record FieldViolation(String field, String reason) {
}
