package org.sanctionsplatform.bench.pipeline;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Offers whole cases to intake's HTTP API at a fixed rate, open loop: case n is due at start + n / rate whatever
 * happened to the cases before it, so a slow platform shows as latency (measured from the due time, queueing
 * included) rather than as a lower offered rate. A case's four requests run in order, each sent when the previous one
 * is answered, on the JDK's asynchronous HTTP client (HTTP/1.1). Concurrency is bounded: when {@code maxInFlight} cases
 * are in flight at a case's due time, that case is not sent and is counted as shed. Refusals (429, 503), other
 * failures, time-outs and connection errors are recorded separately.
 */
final class OpenLoopLoad implements AutoCloseable {

    private final String intake;
    private final WholeCases cases;
    private final TopicObservers observers;
    private final int maxInFlight;
    private final Duration requestTimeout;
    private final ExecutorService executor;
    private final HttpClient http;
    /** A case officer and decision maker's token (every step of a whole case), of the platform's identity provider. */
    private final String bearerToken;
    private final ObjectMapper json = ObjectMapper.getDefault();
    private final AtomicInteger inFlight = new AtomicInteger();

    OpenLoopLoad(String intakeUrl, String bearerToken, WholeCases cases, TopicObservers observers, int maxInFlight,
                 Duration requestTimeout) {
        this.bearerToken = bearerToken;
        this.intake = intakeUrl.endsWith("/") ? intakeUrl.substring(0, intakeUrl.length() - 1) : intakeUrl;
        this.cases = cases;
        this.observers = observers;
        this.maxInFlight = maxInFlight;
        this.requestTimeout = requestTimeout;
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "load-http");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Offers cases numbered from {@code firstNumber}, due every 1/rate s from {@code startMicros} until
     * {@code endMicros} (wall clock), and returns when the last one has been sent; their requests may still be in
     * flight.
     */
    List<CaseRun> offer(int firstNumber, double rate, long startMicros, long endMicros) throws InterruptedException {
        List<CaseRun> runs = new ArrayList<>();
        double periodMicros = 1_000_000.0 / rate;
        for (int i = 0; ; i++) {
            long due = startMicros + Math.round(i * periodMicros);
            if (due >= endMicros) {
                return runs;
            }
            WallClock.sleepUntil(due);
            CaseRun run = new CaseRun(firstNumber + i, due);
            runs.add(run);
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                run.fail(CaseRun.Outcome.SHED, 0, "more than " + maxInFlight + " cases in flight");
                continue;
            }
            send(run, 0);
        }
    }

    /** Offers one case and waits for intake's answers (the priming cases before the measured rates). */
    CaseRun offerOne(int number) throws InterruptedException {
        CaseRun run = new CaseRun(number, WallClock.nowMicros());
        inFlight.incrementAndGet();
        send(run, 0);
        while (run.outcome == CaseRun.Outcome.IN_FLIGHT) {
            Thread.sleep(5);
        }
        return run;
    }

    int inFlight() {
        return inFlight.get();
    }

    private void send(CaseRun run, int step) {
        HttpRequest request = request(run, step);
        run.sentMicros[step] = WallClock.nowMicros();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            run.answeredMicros[step] = WallClock.nowMicros();
            try {
                if (error != null) {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    run.fail(cause instanceof HttpTimeoutException ? CaseRun.Outcome.TIMED_OUT : CaseRun.Outcome.ERROR,
                            step, cause.getClass().getSimpleName() + ": " + cause.getMessage());
                } else if (response.statusCode() == 429 || response.statusCode() == 503) {
                    run.fail(CaseRun.Outcome.REFUSED, step, "HTTP " + response.statusCode());
                } else if (response.statusCode() / 100 != 2) {
                    run.fail(CaseRun.Outcome.FAILED, step, "HTTP " + response.statusCode() + " " + abbreviate(response.body()));
                } else {
                    if (step == 0) {
                        opened(run, response.body());
                    }
                    if (step + 1 < CaseRun.STEPS.length) {
                        send(run, step + 1);
                        return; // still in flight
                    }
                    run.outcome = CaseRun.Outcome.ANSWERED;
                }
            } catch (RuntimeException e) {
                run.fail(CaseRun.Outcome.ERROR, step, e.toString());
            }
            inFlight.decrementAndGet();
        });
    }

    @SuppressWarnings("unchecked")
    private void opened(CaseRun run, String body) {
        Map<String, Object> opened;
        try {
            opened = json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException("POST /cases answered something that is not a case: " + abbreviate(body), e);
        }
        run.caseId = String.valueOf(opened.get("id"));
        run.subjectId = String.valueOf(((List<Map<String, Object>>) opened.get("subjects")).get(0).get("subjectId"));
        observers.track(run.caseId).attach(run);
    }

    private HttpRequest request(CaseRun run, int step) {
        String path;
        String body;
        String method = "POST";
        switch (step) {
            case 0 -> {
                path = "/cases";
                body = cases.openCase(run.number);
            }
            case 1 -> {
                path = "/cases/" + run.caseId + "/factors";
                body = cases.factors(run.number);
                method = "PUT";
            }
            case 2 -> {
                path = "/cases/" + run.caseId + "/milestones";
                body = cases.noticeOfIntention();
            }
            default -> {
                path = "/cases/" + run.caseId + "/penalty-decisions";
                body = cases.penaltyDecision(run.number, run.subjectId);
            }
        }
        return HttpRequest.newBuilder(URI.create(intake + path)).timeout(requestTimeout)
                .header("Content-Type", "application/json").header("X-Correlation-Id", "bench-" + run.number)
                .header("Authorization", "Bearer " + bearerToken)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
