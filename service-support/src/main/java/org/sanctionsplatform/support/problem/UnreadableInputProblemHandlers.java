package org.sanctionsplatform.support.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input the framework cannot even read becomes a 400 problem naming what was wrong in words a client can act on,
 * instead of the JSON library's internals: a body that is not JSON ({@code body}: "is not valid JSON: … at line 1,
 * column 2"), a body or value of the wrong JSON type ({@code body}: "has a string where an array is expected, at
 * line 1, column 14"), a query or path value that is not of its type ({@code page}: "must be a whole number").
 */
public final class UnreadableInputProblemHandlers {

    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile("Unexpected token \\(?(\\w+)\\)?,? expected (\\w+)");
    private static final Pattern LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("START_ARRAY", "an array"), Map.entry("END_ARRAY", "the end of an array"),
            Map.entry("START_OBJECT", "an object"), Map.entry("END_OBJECT", "the end of an object"),
            Map.entry("VALUE_STRING", "a string"), Map.entry("VALUE_NUMBER_INT", "a whole number"),
            Map.entry("VALUE_NUMBER_FLOAT", "a number"), Map.entry("VALUE_TRUE", "true"),
            Map.entry("VALUE_FALSE", "false"), Map.entry("VALUE_NULL", "null"), Map.entry("FIELD_NAME", "a field name"));

    private UnreadableInputProblemHandlers() {
    }

    /** The words for a JSON-library message, with the line and column where it has them; never the source text. */
    static String explain(String message) {
        String text = message == null ? "" : message;
        String where = "";
        Matcher location = LOCATION.matcher(text);
        if (location.find()) {
            where = ", at line " + location.group(1) + ", column " + location.group(2);
        }
        Matcher token = UNEXPECTED_TOKEN.matcher(text);
        if (token.find()) {
            return "has " + TOKENS.getOrDefault(token.group(1), token.group(1)) + " where "
                    + TOKENS.getOrDefault(token.group(2), token.group(2)) + " is expected" + where;
        }
        int cut = text.indexOf("\n at [Source");
        String first = (cut >= 0 ? text.substring(0, cut) : text).replace("Invalid JSON: ", "").strip();
        return first + where;
    }

    @Singleton
    @Produces(ProblemJsonBodyProvider.PROBLEM_JSON)
    @Replaces(JsonExceptionHandler.class)
    public static final class NotJson implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {

        private final ProblemExceptionHandler problems;

        public NotJson(ProblemExceptionHandler problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
            return problems.handle(request, ProblemException.invalid("body",
                    "is not valid JSON: " + explain(exception.getMessage())));
        }
    }

    @Singleton
    @Produces(ProblemJsonBodyProvider.PROBLEM_JSON)
    @Replaces(ConversionErrorHandler.class)
    public static final class WrongType implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

        private final ProblemExceptionHandler problems;

        public WrongType(ProblemExceptionHandler problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            String argument = exception.getArgument().getName();
            boolean body = argument.equals("body") || exception.getArgument().getAnnotationMetadata()
                    .hasAnnotation(io.micronaut.http.annotation.Body.class);
            Throwable cause = exception.getConversionError().getCause();
            String message = cause == null ? exception.getMessage() : cause.getMessage();
            String reason = body ? explain(message)
                    : "must be " + typeWords(exception.getArgument().getType()) + " (was not readable: " + explain(message) + ")";
            return problems.handle(request, ProblemException.invalid(body ? "body" : argument, reason));
        }

        private static String typeWords(Class<?> type) {
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return "a whole number";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "true or false";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return "a number";
            }
            return "a " + type.getSimpleName();
        }
    }
}
