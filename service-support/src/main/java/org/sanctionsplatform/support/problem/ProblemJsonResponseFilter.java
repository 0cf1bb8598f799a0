package org.sanctionsplatform.support.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The outermost filter of every service, so that whatever answers an error is answered as problem+json:
 * <ul>
 * <li>an error status some filter or handler answered without going through the error processor, without a body or
 * with one that is not JSON (the CORS filter's bare 403 to a cross-origin request, a security filter's 401/403, a
 * management endpoint's refusal), gets a problem body naming its status;</li>
 * <li>a path or query with a control character (a {@code %00}) is refused with 400 before any route runs: no identifier
 * of a case, subject or window has one, and the databases refuse them with an error of their own.</li>
 * </ul>
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ProblemJsonResponseFilter implements Ordered {

    private final ProblemJsonErrorResponseProcessor processor;
    private final ProblemExceptionHandler problems;

    public ProblemJsonResponseFilter(ProblemJsonErrorResponseProcessor processor, ProblemExceptionHandler problems) {
        this.processor = processor;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseControlCharacters(HttpRequest<?> request) {
        String rawPath = request.getUri().getRawPath();
        if (hasControlCharacter(request.getPath()) || (rawPath != null && ENCODED_CONTROL.matcher(rawPath).find())) {
            return problems.handle(request, ProblemException.invalid("path", "must not contain control characters"));
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            if (hasControlCharacter(parameter.getKey()) || parameter.getValue().stream().anyMatch(ProblemJsonResponseFilter::hasControlCharacter)) {
                return problems.handle(request, ProblemException.invalid(hasControlCharacter(parameter.getKey())
                        ? "query" : parameter.getKey(), "must not contain control characters"));
            }
        }
        return null;
    }

    @ResponseFilter
    public void answerErrorsAsProblems(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        // A body that is not declared as something else is kept: the error processor wrote it as a problem, or it is a
        // report in its own right (a health probe's 503 DOWN with the state of each indicator, whose content type is set
        // only when it is written, as the route produces JSON).
        boolean notJson = response.getContentType().map(type -> !type.getSubtype().equals("json")
                && !type.getSubtype().endsWith("+json")).orElse(false);
        if (notJson || response.getBody().isEmpty()) {
            processor.processResponse(ErrorContext.builder(request).build(), response);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    /** A control character written as a percent escape: %00 to %1F, and %7F. */
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%[01][0-9a-fA-F]|%7[fF]");

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
