package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.support.tracing.EventTracing;
import org.slf4j.MDC;

/**
 * Issue 11.3: the services' logback.xml writes one JSON object per line with {@code LOG_FORMAT=json}, and plain text
 * otherwise; either way a line logged inside a span carries its trace id, and the case id where the work has one.
 */
class JsonLogsTest {

    @Test
    void withLogFormatJsonEachLineIsAJsonObjectWithLevelLoggerMessageTraceIdAndCaseId() throws Exception {
        String line = logOneLine("json");

        JsonNode json = JsonMapper.createDefault().readValue(line, JsonNode.class);
        assertThat(json.get("level").getStringValue()).isEqualTo("INFO");
        assertThat(json.get("loggerName").getStringValue()).isEqualTo("org.sanctionsplatform.support.JsonLogsTest");
        assertThat(json.get("message").getStringValue()).isEqualTo("case CASE-42 assessed");
        assertThat(json.get("mdc").get("trace_id").getStringValue()).isEqualTo(traceId);
        assertThat(json.get("mdc").get(EventTracing.MDC_CASE_ID).getStringValue()).isEqualTo("CASE-42");
    }

    @Test
    void otherwiseEachLineIsTextWithTheTraceIdAndTheCaseId() throws Exception {
        String line = logOneLine("text");

        assertThat(line).contains(" INFO ").contains("trace=" + traceId).contains("case=CASE-42")
                .endsWith("- case CASE-42 assessed");
    }

    private String traceId;

    /** Logs one line through the services' logback.xml in the format given, inside a span, and returns it. */
    private String logOneLine(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoggerContext logging = new LoggerContext();
        try (SdkTracerProvider tracing = SdkTracerProvider.builder().build()) {
            // the MDC that org.slf4j.MDC writes to: the application's logback context's
            logging.setMDCAdapter(((LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory()).getMDCAdapter());
            logging.putProperty("LOG_FORMAT", format);
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(logging);
            URL config = EventTracing.class.getClassLoader().getResource("logback.xml");
            configurator.doConfigure(config);
            // the console appender the configuration chose for this format, writing into this test's stream
            var root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            var withTraceIds = (io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender) root.getAppender("STDOUT");
            var console = (ch.qos.logback.core.OutputStreamAppender<?>) withTraceIds.getAppender(format);
            console.setOutputStream(out);
            Span span = tracing.get("test").spanBuilder("work").startSpan();
            traceId = span.getSpanContext().getTraceId();
            try (Scope ignored = span.makeCurrent()) {
                MDC.put(EventTracing.MDC_CASE_ID, "CASE-42");
                logging.getLogger(JsonLogsTest.class).info("case CASE-42 assessed");
            } finally {
                MDC.remove(EventTracing.MDC_CASE_ID);
                span.end();
            }
        } finally {
            logging.stop();
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
