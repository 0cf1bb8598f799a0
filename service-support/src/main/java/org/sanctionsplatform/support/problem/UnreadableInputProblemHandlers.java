package org.sanctionsplatform.support.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
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
    /** The longest number text the JSON parser reads (Jackson's StreamReadConstraints default); longer ones are refused. */
    static final int MAX_NUMBER_LENGTH = 1000;
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("START_ARRAY", "an array"), Map.entry("END_ARRAY", "the end of an array"),
            Map.entry("START_OBJECT", "an object"), Map.entry("END_OBJECT", "the end of an object"),
            Map.entry("VALUE_STRING", "a string"), Map.entry("VALUE_NUMBER_INT", "a whole number"),
            Map.entry("VALUE_NUMBER_FLOAT", "a number"), Map.entry("VALUE_TRUE", "true"),
            Map.entry("VALUE_FALSE", "false"), Map.entry("VALUE_NULL", "null"), Map.entry("FIELD_NAME", "a field name"));

    private UnreadableInputProblemHandlers() {
    }

    /**
     * The words for a JSON-library message, with the line and column where it has them. Never the library's own text,
     * which names its classes, features and settings ({@code JsonReadFeature}, {@code StreamReadConstraints}, "type
     * [class …]") or quotes the source: the message is only matched against what it may say, and an unknown one is
     * answered in general terms.
     */
    static String explain(String message) {
        String text = message == null ? "" : message;
        String where = "";
        Matcher location = LOCATION.matcher(text);
        if (location.find()) {
            where = ", at line " + location.group(1) + ", column " + location.group(2);
        }
        Matcher token = UNEXPECTED_TOKEN.matcher(text);
        if (token.find() && TOKENS.containsKey(token.group(1)) && TOKENS.containsKey(token.group(2))) {
            return "has " + TOKENS.get(token.group(1)) + " where " + TOKENS.get(token.group(2)) + " is expected" + where;
        }
        for (Map.Entry<String, String> known : KNOWN.entrySet()) {
            if (text.contains(known.getKey())) {
                return known.getValue() + where;
            }
        }
        return "cannot be read as the JSON expected here" + where;
    }

    /** What the JSON library's messages mean, in the order to look for them; the keys are never shown. */
    private static final Map<String, String> KNOWN = known(
            "Number value length", "has a number too long to be one (at most " + MAX_NUMBER_LENGTH + " characters)",
            "Number length", "has a number too long to be one (at most " + MAX_NUMBER_LENGTH + " characters)",
            "String value length", "has a text too long to be read",
            "nesting depth", "is nested more deeply than allowed",
            "Nesting depth", "is nested more deeply than allowed",
            "Document nesting", "is nested more deeply than allowed",
            "Name length", "has a field name too long to be read",
            "Leading zeroes", "has a number with leading zeros",
            "Non-standard token", "has NaN or Infinity, which are not JSON numbers",
            "Invalid UTF-8", "is not UTF-8 text",
            "Invalid UTF-32", "is not UTF-8 text",
            "Illegal character", "has a control character that must be escaped",
            "Illegal unquoted character", "has a control character inside a text that must be escaped",
            "Unrecognized character escape", "has an escape sequence that JSON does not have",
            "Unexpected end-of-input", "ends before the JSON is complete",
            "end-of-input", "ends before the JSON is complete",
            "Unexpected close marker", "has a closing bracket that does not match its opening one",
            "Unrecognized token", "has a word that is not JSON (texts are in double quotes)",
            "Unexpected character", "has a character that is not JSON there",
            "Invalid numeric value", "has a number that is not a JSON number",
            "Numeric value", "has a number out of range",
            "Unexpected token", "has a value of the wrong type",
            "Cannot deserialize", "has a value of the wrong type",
            "Error decoding", "has a value of the wrong type");

    private static Map<String, String> known(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
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

    /** A required argument that is missing: the field named, never its Java type. */
    @Singleton
    @Produces(ProblemJsonBodyProvider.PROBLEM_JSON)
    @Replaces(UnsatisfiedArgumentHandler.class)
    public static final class Missing implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<?>> {

        private final ProblemExceptionHandler problems;

        public Missing(ProblemExceptionHandler problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, UnsatisfiedArgumentException exception) {
            boolean body = exception.getArgument().getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class);
            return problems.handle(request, ProblemException.invalid(body ? "body" : exception.getArgument().getName(),
                    body ? "is required (a JSON object)" : "is required"));
        }
    }
}
