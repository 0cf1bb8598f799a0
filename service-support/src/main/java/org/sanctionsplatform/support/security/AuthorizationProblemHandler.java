package org.sanctionsplatform.support.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.sanctionsplatform.support.problem.ProblemException;
import org.sanctionsplatform.support.problem.ProblemJsonBodyProvider;

/**
 * A refused request is answered as {@code application/problem+json}: 401 when no valid token came (with
 * {@code WWW-Authenticate: Bearer}, RFC 6750 §3, and not why the token was refused: that is for the log), 403 when the
 * caller's roles do not allow the action; nothing was changed either way ({@link RefusalLog} logs it).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
@Produces(ProblemJsonBodyProvider.PROBLEM_JSON)
public class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    static final String UNAUTHENTICATED = "A valid bearer token from the identity provider is required.";
    static final String FORBIDDEN = "Your roles do not allow this action; nothing was changed.";

    private final ErrorResponseProcessor<?> processor;

    public AuthorizationProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        boolean forbidden = exception.isForbidden();
        HttpStatus status = forbidden ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
        MutableHttpResponse<?> response = HttpResponse.status(status);
        if (!forbidden) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        String detail = forbidden ? FORBIDDEN : UNAUTHENTICATED;
        return (MutableHttpResponse<?>) processor.processResponse(ErrorContext.builder(request)
                .cause(new ProblemException(status, detail, List.of())).errorMessage(detail).build(), response);
    }
}
