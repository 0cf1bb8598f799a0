package org.sanctionsplatform.support.problem;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Every error answer the framework builds (ours, bean validation, unreadable JSON, unknown routes, wrong methods, 413,
 * 415, 406, security's 401/403) is {@code application/problem+json}, whatever the request's {@code Accept} header says:
 * Micronaut's default processor answers an {@code Accept: text/html} caller with an HTML page instead. A HEAD request
 * gets the status without a body, as HTTP requires.
 */
@Singleton
public class ProblemJsonErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    private final ProblemJsonBodyProvider problems;

    public ProblemJsonErrorResponseProcessor(ProblemJsonBodyProvider problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Map<String, Object>>) response;
        }
        return response.body(problems.body(context, response)).contentType(problems.contentType());
    }
}
