package org.sanctionsplatform.intake.application;

import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsplatform.intake.domain.Rejection;
import org.sanctionsplatform.intake.domain.Violation;
import org.sanctionsplatform.support.problem.FieldViolation;
import org.sanctionsplatform.support.problem.ProblemException;

/** Turns the case's rejections into problem+json answers: 400 invalid, 404 not found, 409 refused. */
final class Problems {

    private Problems() {
    }

    static ProblemException of(Rejection rejection) {
        List<FieldViolation> violations = fieldViolations(rejection.violations());
        return switch (rejection.kind()) {
            case INVALID -> ProblemException.invalid(violations);
            case NOT_FOUND -> new ProblemException(HttpStatus.NOT_FOUND, rejection.explanation(), violations);
            case REFUSED -> new ProblemException(HttpStatus.CONFLICT, rejection.explanation(), violations);
        };
    }

    /**
     * Unreadable fields first, then the case's own findings on the other fields (a field that could not be
     * read is not also reported as missing).
     */
    static List<Violation> merge(List<Violation> unreadable, List<Violation> found) {
        Set<String> reported = unreadable.stream().map(Violation::field).collect(Collectors.toSet());
        List<Violation> all = new ArrayList<>(unreadable);
        found.stream().filter(v -> !reported.contains(v.field())).forEach(all::add);
        return all;
    }

    static List<FieldViolation> fieldViolations(List<Violation> violations) {
        return violations.stream().map(v -> new FieldViolation(v.field(), v.reason())).toList();
    }
}
