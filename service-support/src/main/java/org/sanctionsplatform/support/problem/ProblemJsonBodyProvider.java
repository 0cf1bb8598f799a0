package org.sanctionsplatform.support.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders every error Micronaut answers (our {@link ProblemException}, bean validation, unreadable JSON,
 * unknown routes, wrong methods) as {@code application/problem+json} with the field and reason of each problem.
 * A server error (5xx) says only that the request failed: its exception's message may quote SQL or name classes, so
 * it stays in the log (where Micronaut writes it with its stack trace), never in the answer. The framework's own
 * messages for client errors are shown only when they say nothing of the service's insides ({@link #safe}).
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<Map<String, Object>> {

    public static final String PROBLEM_JSON = "application/problem+json";

    static final String SERVER_ERROR_DETAIL = "The service failed to complete the request; the error has been logged.";

    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", response.getStatus().getReason());
        problem.put("status", response.code());
        List<Map<String, String>> violations = new ArrayList<>();
        String detail = null;
        if (response.code() >= 500 && !(context.getRootCause().orElse(null) instanceof ProblemException)) {
            detail = SERVER_ERROR_DETAIL;
        } else if (context.getRootCause().orElse(null) instanceof ProblemException p) {
            detail = p.getMessage();
            p.violations().forEach(v -> violations.add(violation(v.field(), v.reason())));
        } else {
            for (Error error : context.getErrors()) {
                String message = safe(error.getMessage());
                if (error.getPath().isPresent()) {
                    violations.add(violation(fieldOf(error.getPath().get()), message == null ? "is invalid" : message));
                } else if (detail == null) {
                    detail = message;
                }
            }
            if (detail == null && !violations.isEmpty()) {
                detail = violations.size() == 1 ? "The request has 1 invalid field." : "The request has " + violations.size() + " invalid fields.";
            }
        }
        if (detail != null) {
            problem.put("detail", detail);
        }
        problem.put("instance", context.getRequest().getPath());
        if (!violations.isEmpty()) {
            problem.put("violations", violations);
        }
        return problem;
    }

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }

    /**
     * The framework's own message when it says nothing of the service's insides, else null (the status says enough):
     * no class or package names, library names and settings, SQL, source quotes or stack lines reach a caller.
     */
    static String safe(String message) {
        if (message == null || message.isBlank() || message.length() > MAX_MESSAGE || INTERNALS.matcher(message).find()) {
            return null;
        }
        return message;
    }

    private static final int MAX_MESSAGE = 500;
    private static final Pattern INTERNALS = Pattern.compile("(?i)exception|jackson|fasterxml|micronaut|netty|java\\.|javax\\."
            + "|jakarta\\.|org\\.|com\\.|class |type \\[|\\[source|sql|jdbc|\\.java|constraints|feature|[\\r\\n\\t]"
            + "|\\b[a-z_][\\w$]*\\.[a-z_][\\w$]*\\.[a-z_][\\w$]*");

    private static Map<String, String> violation(String field, String reason) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("field", field);
        v.put("reason", reason);
        return v;
    }

    /** Bean validation paths look like {@code create.request.breaches[0].name}: keep the part a client sent. */
    static String fieldOf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
