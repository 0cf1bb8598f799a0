package org.sanctionsplatform.support.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;

/**
 * Bean-validation failures become a 400 problem whose violations name the field as the client sent it
 * ({@code breaches[0].breachDate}, not the Java method path) with the constraint's message.
 */
@Singleton
@Produces(ProblemJsonBodyProvider.PROBLEM_JSON)
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ProblemExceptionHandler problems;

    public ConstraintViolationProblemHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldViolation> violations = exception.getConstraintViolations().stream()
                .map(v -> new FieldViolation(ProblemJsonBodyProvider.fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return problems.handle(request, ProblemException.invalid(violations));
    }
}
