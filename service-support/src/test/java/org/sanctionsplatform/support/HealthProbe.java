package org.sanctionsplatform.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a Kubernetes probe sees: the HTTP status of a health path and its JSON answer. */
record HealthProbe(int status, Map<String, Object> body, String text) {

    private static final Argument<String> TEXT = Argument.of(String.class);

    static HealthProbe get(HttpClient http, String path) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET(path), TEXT, TEXT);
            String text = response.body();
            return new HealthProbe(response.code(), parse(text), text);
        } catch (HttpClientResponseException e) {
            String text = e.getResponse().getBody(String.class).orElse("");
            return new HealthProbe(e.getStatus().getCode(), parse(text), text);
        }
    }

    private static Map<String, Object> parse(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return asMap(JsonMapper.createDefault().readValue(text, JsonNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the health answer is not JSON: " + text, e);
        }
    }

    /** The answer of one indicator ({@code details.<name>}), empty when there is none. */
    @SuppressWarnings("unchecked")
    Map<String, Object> indicator(String name) {
        Object details = body.get("details");
        if (details instanceof Map<?, ?> all && all.get(name) instanceof Map<?, ?> one) {
            return (Map<String, Object>) one;
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> indicatorDetails(String name) {
        return indicator(name).get("details") instanceof Map<?, ?> d ? (Map<String, Object>) d : Map.of();
    }

    private static Map<String, Object> asMap(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        node.entries().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
        return map;
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            return asMap(node);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.values().forEach(v -> items.add(plain(v)));
            return items;
        }
        if (node.isNumber()) {
            return node.getNumberValue();
        }
        if (node.isBoolean()) {
            return node.getBooleanValue();
        }
        return node.isNull() ? null : node.getStringValue();
    }
}
