package org.sanctionsplatform.support.problem;

import io.micronaut.http.HttpStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A request that cannot be carried out, answered as {@code application/problem+json} (RFC 9457). */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldViolation> violations;
    private final Duration retryAfter;

    public ProblemException(HttpStatus status, String detail, List<FieldViolation> violations) {
        this(status, detail, violations, null);
    }

    private ProblemException(HttpStatus status, String detail, List<FieldViolation> violations, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    /**
     * 503: the service cannot take the request now (overloaded) and has done nothing with it; the answer carries
     * {@code Retry-After} (whole seconds, at least 1) saying when to try again.
     */
    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, detail, List.of(), retryAfter);
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

    /** When the client may try again (the {@code Retry-After} header), if the problem says so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
