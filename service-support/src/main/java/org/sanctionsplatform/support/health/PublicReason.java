package org.sanctionsplatform.support.health;

/**
 * What a health answer may say about a failure: the message of its deepest cause that has one, first line only, at
 * most {@value #MAX_LENGTH} characters; the exception's simple name when nothing has a message. Never a stack trace,
 * and never the lines below the first, where drivers put the SQL statement, positions and row values.
 */
public final class PublicReason {

    static final int MAX_LENGTH = 200;
    private static final int MAX_CAUSES = 20;

    private PublicReason() {
    }

    public static String of(Throwable failure) {
        String message = null;
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return failure.getClass().getSimpleName();
        }
        String firstLine = message.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() <= MAX_LENGTH ? firstLine : firstLine.substring(0, MAX_LENGTH - 1) + "…";
    }
}
