package org.sanctionsplatform.support.security;

import io.micronaut.http.HttpRequest;
import java.util.UUID;

/** The id a request is known by in the log and the audit trail: its {@code X-Correlation-Id}, else a fresh one. */
public final class RequestIds {

    public static final String HEADER = "X-Correlation-Id";
    private static final String ATTRIBUTE = "sep.request-id";
    /** Request ids are logged: one that is too long or not printable is replaced, never echoed. */
    private static final int MAX_LENGTH = 100;

    private RequestIds() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String given = request.getHeaders().get(HEADER);
            String id = given != null && !given.isBlank() && given.length() <= MAX_LENGTH && given.chars().allMatch(c -> c > 0x20 && c < 0x7f)
                    ? given : UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
            return id;
        });
    }
}
