package org.sanctionsplatform.support.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

/**
 * Carries the OpenTelemetry trace of a case's work across the services (issue 11.3): the W3C {@code traceparent} of
 * the work that appends an outbox event is stored in the outbox row ({@link #traceParentFor}), the relay puts it in the
 * Kafka record's headers, and a consumer starts a CONSUMER span per record as a child of it ({@link #consuming}), so
 * an intake request, the assessment it causes, the deadlines and the publication are one trace.
 *
 * <p>Which context an outbox event continues: while a consumer applies records, the record the event names as its
 * {@code causationId} (else the record of the same key, the case); otherwise the current context (the HTTP request's
 * server span, made by micronaut-tracing). The trace id and the case id are also put in the log's MDC while a record
 * is handled ({@code trace_id}, {@code case_id}).
 *
 * <p>micronaut-tracing's Kafka instrumentation is not used: it wraps micronaut-kafka's own producers and consumers,
 * while the relay sends through its own producer long after the request ended; the row, not the thread, carries the
 * context here.
 */
@Singleton
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String MDC_TRACE_ID = "trace_id";
    public static final String MDC_CASE_ID = "case_id";

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            carrier.forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator = W3CTraceContextPropagator.getInstance();
    /** The records being applied on this thread: their contexts by event id and by key (case id). */
    private final ThreadLocal<Consumed> consumed = new ThreadLocal<>();

    public EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.sanctionsplatform.events");
    }

    /** The traceparent an outbox event of {@code key} continues, or null when nothing is traced. */
    public String traceParentFor(SpecificRecord envelope, String key) {
        Context context = null;
        Consumed applying = consumed.get();
        if (applying != null) {
            Object causation = field(envelope, "causationId");
            context = causation == null ? null : applying.byEventId().get(causation.toString());
            if (context == null && key != null) {
                context = applying.byKey().get(key);
            }
        }
        if (context == null) {
            context = Context.current();
        }
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** A record being consumed, with the event id it carries (null when it could not be decoded). */
    public record Incoming(ConsumerRecord<String, byte[]> record, String eventId) {
    }

    /**
     * Runs {@code work} (the handler of these records, on this thread) with a CONSUMER span per record, each the child
     * of the trace its headers carry (a new trace if none); the spans end when the work does, in error if it throws.
     * With one record its span is also the current context, and its trace and case ids are in the MDC.
     */
    public <R> R consuming(String consumer, List<Incoming> records, Supplier<R> work) {
        Map<String, Context> byEventId = new HashMap<>();
        Map<String, Context> byKey = new HashMap<>();
        List<Span> spans = new ArrayList<>(records.size());
        for (Incoming in : records) {
            ConsumerRecord<String, byte[]> r = in.record();
            Context parent = propagator.extract(Context.root(), r.headers(), HEADERS);
            Span span = tracer.spanBuilder(r.topic() + " process")
                    .setParent(parent)
                    .setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.operation", "process")
                    .setAttribute("messaging.destination.name", r.topic())
                    .setAttribute("messaging.consumer.group.name", consumer)
                    .setAttribute("messaging.kafka.partition", (long) r.partition())
                    .setAttribute("messaging.kafka.offset", r.offset())
                    .setAttribute("messaging.kafka.message.key", r.key() == null ? "" : r.key())
                    .setAttribute("sep.event_id", in.eventId() == null ? "" : in.eventId())
                    .startSpan();
            spans.add(span);
            Context context = parent.with(span);
            if (in.eventId() != null) {
                byEventId.put(in.eventId(), context);
            }
            if (r.key() != null) {
                byKey.put(r.key(), context);
            }
        }
        Consumed before = consumed.get();
        consumed.set(new Consumed(byEventId, byKey));
        io.opentelemetry.context.Scope scope = null;
        Map<String, String> mdcBefore = MDC.getCopyOfContextMap();
        if (spans.size() == 1) {
            scope = Context.current().with(spans.get(0)).makeCurrent();
            MDC.put(MDC_TRACE_ID, spans.get(0).getSpanContext().getTraceId());
            String key = records.get(0).record().key();
            if (key != null) {
                MDC.put(MDC_CASE_ID, key);
            }
        }
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            spans.forEach(s -> s.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName()).recordException(failure));
            throw failure;
        } finally {
            if (scope != null) {
                scope.close();
            }
            if (mdcBefore == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(mdcBefore);
            }
            if (before == null) {
                consumed.remove();
            } else {
                consumed.set(before);
            }
            spans.forEach(Span::end);
        }
    }

    private static Object field(SpecificRecord record, String name) {
        Schema.Field field = record.getSchema().getField(name);
        return field == null ? null : record.get(field.pos());
    }

    private record Consumed(Map<String, Context> byEventId, Map<String, Context> byKey) {
    }
}
