package org.sanctionsplatform.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load generator against a real HTTP server (the JDK's): a case's four requests in order with the case's id from
 * the first answer, connections kept alive (one per worker, whatever the number of cases), and refusals, failures and
 * time-outs told apart. No timing is asserted beyond the time-out itself.
 */
class OpenLoopLoadTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger opened = new AtomicInteger();
    /** What the server answers POST /cases with: 201 and a case, or this status. */
    private volatile int openStatus = 201;
    private volatile long answerDelayMillis;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        clientPorts.add(exchange.getRemoteAddress().getPort());
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("Authorization"));
        if (answerDelayMillis > 0) {
            sleep(answerDelayMillis);
        }
        int status = 200;
        String body = "{}";
        if (path.equals("/cases")) {
            status = openStatus;
            body = status == 201 ? "{\"id\":\"case-" + opened.incrementAndGet() + "\",\"subjects\":[{\"subjectId\":\"subject-1\"}]}"
                    : "{\"title\":\"refused\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private OpenLoopLoad load(int threads, Duration timeout) {
        return new OpenLoopLoad("http://127.0.0.1:" + server.getAddress().getPort(), "token-1",
                new WholeCases(42, "T", LocalDate.of(2026, 12, 1)), TopicObservers.detached(), 500, timeout, threads);
    }

    @Test
    void aCasesFourRequestsGoInOrderWithTheIdIntakeAnswered() throws Exception {
        try (OpenLoopLoad load = load(2, Duration.ofSeconds(5))) {
            CaseRun run = load.offerOne(1);

            assertThat(run.outcome).isEqualTo(CaseRun.Outcome.ANSWERED);
            assertThat(run.caseId).isEqualTo("case-1");
            assertThat(requests).containsExactly("POST /cases Bearer token-1", "PUT /cases/case-1/factors Bearer token-1",
                    "POST /cases/case-1/milestones Bearer token-1", "POST /cases/case-1/penalty-decisions Bearer token-1");
            for (int step = 0; step < CaseRun.STEPS.length; step++) {
                assertThat(run.answeredMicros[step]).isGreaterThanOrEqualTo(run.sentMicros[step]).isPositive();
            }
            assertThat(load.inFlight()).isZero();
        }
    }

    @Test
    void manyCasesShareTheWorkersKeptAliveConnections() throws Exception {
        try (OpenLoopLoad load = load(3, Duration.ofSeconds(5))) {
            long start = WallClock.nowMicros();
            List<CaseRun> runs = load.offer(1, 100, start, start + 600_000);
            awaitNoneInFlight(load);

            assertThat(runs).hasSize(60).allSatisfy(r -> assertThat(r.outcome).isEqualTo(CaseRun.Outcome.ANSWERED));
            assertThat(requests).hasSize(240);
            assertThat(clientPorts).as("connections opened for 240 requests by 3 workers").hasSizeLessThanOrEqualTo(3);
        }
    }

    @Test
    void refusalsFailuresAndTimeOutsAreToldApart() throws Exception {
        try (OpenLoopLoad load = load(2, Duration.ofMillis(300))) {
            openStatus = 503;
            CaseRun refused = load.offerOne(1);
            openStatus = 400;
            CaseRun failed = load.offerOne(2);
            openStatus = 201;
            answerDelayMillis = 1_000;
            CaseRun timedOut = load.offerOne(3);

            assertThat(refused.outcome).isEqualTo(CaseRun.Outcome.REFUSED);
            assertThat(refused.failure).isEqualTo("HTTP 503");
            assertThat(failed.outcome).isEqualTo(CaseRun.Outcome.FAILED);
            assertThat(failed.failure).startsWith("HTTP 400").contains("refused");
            assertThat(timedOut.outcome).isEqualTo(CaseRun.Outcome.TIMED_OUT);
            assertThat(List.of(refused.failedStep, failed.failedStep, timedOut.failedStep)).containsOnly(0);
            assertThat(load.inFlight()).isZero();
        }
    }

    private static void awaitNoneInFlight(OpenLoopLoad load) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (load.inFlight() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
