package org.sanctionsplatform.support.problem;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** A request that cannot be carried out, answered as {@code application/problem+json} (RFC 9457). */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldViolation> violations;

    public ProblemException(HttpStatus status, String detail, List<FieldViolation> violations) {
        super(detail);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(HttpStatus.BAD_REQUEST, violations.size() == 1
                ? "The request has 1 invalid field." : "The request has " + violations.size() + " invalid fields.", violations);
    }

    public static ProblemException invalid(String field, String reason) {
        return invalid(List.of(new FieldViolation(field, reason)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, detail, List.of());
    }

    public static ProblemException conflict(String field, String reason) {
        return new ProblemException(HttpStatus.CONFLICT, reason, List.of(new FieldViolation(field, reason)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
