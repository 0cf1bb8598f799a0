package org.sanctionsplatform.bench.pipeline;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Offers whole cases to intake's HTTP API at a fixed rate, open loop: case n is due at start + n / rate whatever
 * happened to the cases before it, so a slow platform shows as latency (measured from the due time, queueing
 * included) rather than as a lower offered rate. A case's four requests run in order on one of {@code threads} worker
 * threads, each sent when the previous one is answered, with the JDK's blocking client ({@link HttpURLConnection},
 * HTTP/1.1, connections kept alive); a case due while every worker is busy waits for one, and that wait counts in its
 * latency. Concurrency is bounded: when {@code maxInFlight} cases are in flight (waiting or sent) at a case's due time,
 * that case is not sent and is counted as shed. Refusals (429, 503), other failures, time-outs and connection errors
 * are recorded separately.
 *
 * <p>Why not the JDK's asynchronous {@code HttpClient}, as before: on the two cores it shares with the platform it cost
 * about a tenth of the harness JVM's CPU in a profile at 120 cases/s (async-profiler: its response hand-offs between
 * the selector thread, its executor and the completion stages), CPU taken from the services being measured. A
 * blocking request on a kept-alive connection is one write and one read on the worker's own thread.
 */
final class OpenLoopLoad implements AutoCloseable {

    private final String intake;
    private final WholeCases cases;
    private final TopicObservers observers;
    private final int maxInFlight;
    private final Duration requestTimeout;
    private final ExecutorService executor;
    /** A case officer and decision maker's token (every step of a whole case), of the platform's identity provider. */
    private final String bearerToken;
    private final ObjectMapper json = ObjectMapper.getDefault();
    private final AtomicInteger inFlight = new AtomicInteger();

    OpenLoopLoad(String intakeUrl, String bearerToken, WholeCases cases, TopicObservers observers, int maxInFlight,
                 Duration requestTimeout, int threads) {
        this.bearerToken = bearerToken;
        this.intake = intakeUrl.endsWith("/") ? intakeUrl.substring(0, intakeUrl.length() - 1) : intakeUrl;
        this.cases = cases;
        this.observers = observers;
        this.maxInFlight = maxInFlight;
        this.requestTimeout = requestTimeout;
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "load-http");
            t.setDaemon(true);
            return t;
        });
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
            executor.execute(() -> runCase(run));
        }
    }

    /** Offers one case and waits for intake's answers (the priming cases before the measured rates). */
    CaseRun offerOne(int number) throws InterruptedException {
        CaseRun run = new CaseRun(number, WallClock.nowMicros());
        inFlight.incrementAndGet();
        executor.execute(() -> runCase(run));
        while (run.outcome == CaseRun.Outcome.IN_FLIGHT) {
            Thread.sleep(5);
        }
        return run;
    }

    int inFlight() {
        return inFlight.get();
    }

    /**
     * A case's four requests in order, on this worker thread. It leaves the count of cases in flight before its outcome
     * is set, so that whoever sees the outcome sees the count without it.
     */
    private void runCase(CaseRun run) {
        Failure failure = null;
        int step = 0;
        try {
            for (; step < CaseRun.STEPS.length && failure == null; step++) {
                failure = send(run, step);
            }
        } catch (RuntimeException e) {
            failure = new Failure(CaseRun.Outcome.ERROR, step, e.toString());
        }
        inFlight.decrementAndGet();
        if (failure == null) {
            run.outcome = CaseRun.Outcome.ANSWERED;
        } else {
            run.fail(failure.outcome(), failure.step(), failure.reason());
        }
    }

    private record Failure(CaseRun.Outcome outcome, int step, String reason) {
    }

    /** Sends one request and reads its answer; the failure that ends the case there, or null. */
    private Failure send(CaseRun run, int step) {
        String[] request = request(run, step);
        byte[] body = request[2].getBytes(StandardCharsets.UTF_8);
        run.sentMicros[step] = WallClock.nowMicros();
        int status;
        String answer;
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(intake + request[1]).toURL().openConnection();
            http.setConnectTimeout(5_000);
            http.setReadTimeout((int) requestTimeout.toMillis());
            http.setRequestMethod(request[0]);
            http.setDoOutput(true);
            http.setFixedLengthStreamingMode(body.length);
            http.setRequestProperty("Content-Type", "application/json");
            http.setRequestProperty("X-Correlation-Id", "bench-" + run.number);
            http.setRequestProperty("Authorization", "Bearer " + bearerToken);
            try (OutputStream out = http.getOutputStream()) {
                out.write(body);
            }
            status = http.getResponseCode();
            // read to the end and closed, so that the connection is kept alive for the worker's next request
            try (InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
                answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (SocketTimeoutException e) {
            run.answeredMicros[step] = WallClock.nowMicros();
            return new Failure(CaseRun.Outcome.TIMED_OUT, step, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IOException e) {
            run.answeredMicros[step] = WallClock.nowMicros();
            return new Failure(CaseRun.Outcome.ERROR, step, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        run.answeredMicros[step] = WallClock.nowMicros();
        if (status == 429 || status == 503) {
            return new Failure(CaseRun.Outcome.REFUSED, step, "HTTP " + status);
        }
        if (status / 100 != 2) {
            return new Failure(CaseRun.Outcome.FAILED, step, "HTTP " + status + " " + abbreviate(answer));
        }
        if (step == 0) {
            opened(run, answer);
        }
        return null;
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

    /** The step's method, path and body. */
    private String[] request(CaseRun run, int step) {
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
        return new String[] {method, path, body};
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
