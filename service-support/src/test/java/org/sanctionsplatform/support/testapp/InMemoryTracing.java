package org.sanctionsplatform.support.testapp;

import io.micronaut.context.annotation.Factory;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Singleton;

/** The test application's finished spans, kept in memory for the tests to read (opentelemetry-sdk-testing). */
@Factory
class InMemoryTracing {

    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }

    @Singleton
    SpanProcessor keepSpans(InMemorySpanExporter spans) {
        return SimpleSpanProcessor.create(spans);
    }
}
