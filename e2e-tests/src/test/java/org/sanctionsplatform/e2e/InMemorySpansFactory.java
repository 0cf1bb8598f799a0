package org.sanctionsplatform.e2e;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Singleton;

/** With {@code e2e.tracing=true}, each service keeps its finished spans in memory for the test to read. */
@Factory
@Requires(property = ObservabilityEndToEndTest.TRACING, value = "true")
class InMemorySpansFactory {

    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }

    @Singleton
    SpanProcessor keepSpans(InMemorySpanExporter spans) {
        return SimpleSpanProcessor.create(spans);
    }
}
