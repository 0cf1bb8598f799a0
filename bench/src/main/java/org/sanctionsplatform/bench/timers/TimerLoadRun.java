package org.sanctionsplatform.bench.timers;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.adapters.timers.TimerSweeper;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.application.InboundCaseEvent;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.ExtensionRequest;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * Load run of deadline-service's durable timers on a local PostgreSQL (DESIGN §4, issue 4 "Performance"). It drives
 * the production code: one or more deadline-service application contexts (replicas) started on a fresh database,
 * whose own {@link TimerSweeper} loops (production configuration unless overridden) claim, fire and write
 * DeadlineReminderDue / DeadlineExpired events to the outbox. The relay is held back so the outbox rows stay in the
 * table as written; Kafka is not used.
 *
 * <ol>
 *   <li>Sustained firing: {@code --pending} timers (default 1,000,000) are COPYed in, {@code --backlog} of them
 *       (default 500,000) due over the past hour and the rest spread over the next 30 days; the run waits until the
 *       backlog has fired and reports firings per second over it (overall, and the slowest and median full second).</li>
 *   <li>Storm: {@code --storm} timers (default 100,000) due at one instant a few seconds ahead are COPYed in; the run
 *       reports the time from that instant until the last one fired, and the lateness (fired − due, as recorded by
 *       the sweep) p50 / p99 / max over them.</li>
 *   <li>Consumers during the storm: a probe applies case events through the first replica's own use case
 *       ({@link CaseDeadlines#apply}, the work the case-events consumer does per record: a case opened, then a notice
 *       of intention that opens two windows, schedules their ten timers and writes two outbox events), one case every
 *       50 ms, for 5 s while nothing is due and again from just before the storm until it has drained; it reports
 *       the latency of each case's two transactions (p50 / p99 / max) in both periods, to show whether the sweep
 *       starves the consumers. A second probe does the same over the first replica's HTTP API: every 50 ms, GET
 *       /cases/{id}/deadlines of one of 20 cases applied beforehand and GET /deadlines/upcoming?within=10.</li>
 * </ol>
 * Usage: {@code bench/run-timer-load [--replicas 1] [--pending 1000000] [--backlog 500000] [--storm 100000]
 * [--batch-size 500] [--pause 5ms] [--interval 1s] [--jdbc jdbc:postgresql://127.0.0.1:5432/] [--user postgres]
 * [--database sep_timer_load]}.
 */
public final class TimerLoadRun {

    private static final String[] KINDS = {"REMINDER_-5", "REMINDER_-1", "REMINDER_0", "EXPIRY", "REMINDER_+1"};
    private static final String[] WINDOW_KINDS = {"REPRESENTATIONS", "SETTLEMENT_DISCUSSIONS", "REVIEW_REQUEST", "PAYMENT"};
    private static final String[] SECTIONS = {"7.1", "6.8–6.9", "8.1", "10"};

    private final Map<String, String> options;
    /** The identity provider the replicas trust during the run (the HTTP probes send its token). */
    private LocalIdentityProvider identity;

    private TimerLoadRun(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        new TimerLoadRun(options).run();
        System.exit(0);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)).replace("_", ""));
    }

    private void run() throws Exception {
        String server = option("jdbc", "jdbc:postgresql://127.0.0.1:5432/");
        String user = option("user", "postgres");
        String password = option("password", "");
        String database = option("database", "sep_timer_load");
        int replicas = intOption("replicas", 1);
        int pending = intOption("pending", 1_000_000);
        int backlog = intOption("backlog", 500_000);
        int storm = intOption("storm", 100_000);
        String url = server + database;

        System.out.printf("timer load run: %d replica(s), %,d pending timers (%,d due), storm of %,d%n",
                replicas, pending, backlog, storm);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        System.out.println("uptime before: " + uptime());

        recreateDatabase(server + "postgres", user, password, database);
        List<ApplicationContext> contexts = new ArrayList<>();
        try (LocalIdentityProvider identity = LocalIdentityProvider.start()) {
            this.identity = identity;
            for (int r = 0; r < replicas; r++) {
                contexts.add(replica(url, user, password, "load-replica-" + (r + 1)));
            }
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                System.out.println("postgresql: " + scalar(c, "select version()"));
                sustained(c, pending, backlog);
                EmbeddedServer http = contexts.get(0).getBean(EmbeddedServer.class);
                http.start();
                String api = http.getURL().toString();
                CaseDeadlines deadlines = contexts.get(0).getBean(CaseDeadlines.class);
                Probe.consumer(deadlines, "setup").steps(20); // the cases the HTTP probe asks for
                Probe idle = Probe.consumer(deadlines, "idle");
                Probe idleHttp = Probe.http(api, identity.token("AUDITOR"), "idle");
                runTogether(Duration.ofSeconds(5), idle, idleHttp);
                System.out.println("CONSUMER while nothing is due: " + idle.summary());
                System.out.println("HTTP while nothing is due: " + idleHttp.summary());
                storm(c, storm, deadlines, api);
                System.out.printf("outbox rows written: %,d; timers still pending: %,d%n",
                        count(c, "select count(*) from outbox_event"),
                        count(c, "select count(*) from deadline_timer where state = 'PENDING'"));
            }
        } finally {
            for (ApplicationContext context : contexts) {
                context.close();
            }
        }
        System.out.println("uptime after: " + uptime());
    }

    private ApplicationContext replica(String url, String user, String password, String instanceId) {
        Map<String, Object> p = new HashMap<>();
        p.put("datasources.default.url", url);
        p.put("datasources.default.username", user);
        p.put("datasources.default.password", password);
        p.put("micronaut.server.port", -1);
        // no broker in this run: the events stay in the outbox as the sweep wrote them
        p.put("kafka.enabled", false);
        p.put("kafka.bootstrap.servers", "127.0.0.1:9");
        p.put("sep.kafka.create-topics", false);
        p.put("sep.outbox.initial-delay", "10000d");
        p.put("sep.deadline.timers.instance-id", instanceId);
        p.putAll(identity.serviceProperties());
        for (String setting : List.of("batch-size", "pause-between-batches", "interval")) {
            String value = options.get(setting.equals("pause-between-batches") ? "pause" : setting);
            if (value != null) {
                p.put("sep.deadline.timers." + setting, value);
            }
        }
        ApplicationContext context = ApplicationContext.builder().environments("deadline").properties(p).start();
        if (!context.containsBean(TimerSweeper.class)) {
            throw new IllegalStateException("the timer sweeper is not running in " + instanceId);
        }
        return context;
    }

    private void sustained(Connection c, int pending, int backlog) throws SQLException, IOException, InterruptedException {
        Instant now = Instant.now();
        Instant backlogFrom = now.minus(Duration.ofHours(1));
        Instant futureTo = now.plus(Duration.ofDays(30));
        long insertStart = System.nanoTime();
        copyTimers(c, "w", pending, i -> i < backlog
                ? backlogFrom.plusMillis((long) i * 3_600_000L / Math.max(1, backlog))
                : now.plusSeconds(3_600).plusMillis((long) (i - backlog) * Duration.between(now.plusSeconds(3_600), futureTo).toMillis()
                        / Math.max(1, pending - backlog)));
        Instant committed = Instant.now();
        System.out.printf("inserted %,d pending timers with COPY in %.1f s%n", pending,
                (System.nanoTime() - insertStart) / 1e9);

        awaitNoneDue(c, committed, Duration.ofMinutes(30));
        List<Long> perSecond = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select date_trunc('second', fired_at) s, count(*) from deadline_timer "
                + "where state = 'FIRED' and window_id like 'w-%' group by s order by s");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                perSecond.add(rs.getLong(2));
            }
        }
        Instant first = instant(c, "select min(fired_at) from deadline_timer where window_id like 'w-%' and state = 'FIRED'");
        Instant last = instant(c, "select max(fired_at) from deadline_timer where window_id like 'w-%' and state = 'FIRED'");
        long fired = count(c, "select count(*) from deadline_timer where window_id like 'w-%' and state = 'FIRED'");
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        List<Long> full = perSecond.size() > 2 ? new ArrayList<>(perSecond.subList(1, perSecond.size() - 1)) : perSecond;
        full.sort(null);
        System.out.printf(Locale.ROOT, "SUSTAINED: fired %,d timers (with %,d more pending in the table) in %.1f s "
                        + "= %,.0f firings/s; per full second: slowest %,d, median %,d, fastest %,d%n",
                fired, pending - fired, seconds, fired / seconds,
                full.isEmpty() ? 0 : full.get(0), full.isEmpty() ? 0 : full.get(full.size() / 2),
                full.isEmpty() ? 0 : full.get(full.size() - 1));
    }

    private static void runTogether(Duration duration, Probe... probes) throws InterruptedException {
        Probes running = Probes.start(probes);
        Thread.sleep(duration.toMillis());
        running.stop();
    }

    /** Probes running on their own threads until stopped. */
    private record Probes(List<Probe> probes, List<Thread> threads) {

        static Probes start(Probe... probes) {
            List<Thread> threads = new ArrayList<>();
            for (Probe probe : probes) {
                Thread thread = new Thread(probe, "probe-" + probe.name);
                threads.add(thread);
                thread.start();
            }
            return new Probes(List.of(probes), threads);
        }

        void stop() throws InterruptedException {
            probes.forEach(Probe::stop);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    private void storm(Connection c, int storm, CaseDeadlines deadlines, String api)
            throws SQLException, IOException, InterruptedException {
        Instant due = Instant.now().plusSeconds(15).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        copyTimers(c, "s", storm, i -> due);
        Instant inserted = Instant.now();
        if (!inserted.isBefore(due)) {
            throw new IllegalStateException("the storm was inserted after its due instant; raise the lead time");
        }
        System.out.printf("inserted %,d timers due at %s (%.1f s ahead)%n", storm, due,
                Duration.between(inserted, due).toMillis() / 1000.0);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis() - 1_000));
        Probe during = Probe.consumer(deadlines, "storm");
        Probe duringHttp = Probe.http(api, identity.token("AUDITOR"), "storm");
        Probes running = Probes.start(during, duringHttp);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
        awaitNoneDue(c, due, Duration.ofMinutes(30));
        running.stop();
        Instant first = instant(c, "select min(fired_at) from deadline_timer where window_id like 's-%'");
        Instant last = instant(c, "select max(fired_at) from deadline_timer where window_id like 's-%'");
        long fired = count(c, "select count(*) from deadline_timer where window_id like 's-%' and state = 'FIRED'");
        String lateness = scalar(c, "select concat_ws(' / ', percentile_disc(0.5) within group (order by lateness_millis), "
                + "percentile_disc(0.99) within group (order by lateness_millis), max(lateness_millis)) "
                + "from deadline_timer where window_id like 's-%'");
        System.out.printf(Locale.ROOT, "STORM: %,d of %,d fired; first at +%d ms, drained at +%d ms after the due instant "
                        + "(%,.0f firings/s); lateness p50 / p99 / max = %s ms%n", fired, storm,
                Duration.between(due, first).toMillis(), Duration.between(due, last).toMillis(),
                fired / Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0), lateness);
        System.out.println("CONSUMER during the storm: " + during.summary());
        System.out.println("HTTP during the storm: " + duringHttp.summary());
    }

    /**
     * Does one step every 50 ms until stopped and times each: a consumer step applies case events through the
     * service's use case (CaseOpened, then a notice of intention dated today that opens the representations and
     * settlement windows: two transactions); an HTTP step asks the service's API for a probe case's windows and for
     * the worklist (two requests), as a case officer's screen would.
     */
    private static final class Probe implements Runnable {

        private final String name;
        private final String unit;
        private final java.util.function.IntConsumer step;
        private final List<Long> micros = new ArrayList<>();
        private volatile boolean stopped;

        private Probe(String name, String unit, java.util.function.IntConsumer step) {
            this.name = name;
            this.unit = unit;
            this.step = step;
        }

        static Probe consumer(CaseDeadlines deadlines, String name) {
            return new Probe("consumer-" + name, "cases applied (2 transactions each)", n -> {
                CaseId caseId = new CaseId("probe-" + name + "-" + n);
                Causation causation = new Causation(java.util.UUID.randomUUID().toString(), java.util.Optional.empty(),
                        Instant.now());
                deadlines.apply(new InboundCaseEvent(new CaseEvent.Opened(caseId, Procedure.CIVIL_MONETARY_PENALTY,
                        Division.ENGLAND_AND_WALES, LocalDate.now()), causation));
                deadlines.apply(new InboundCaseEvent(new CaseEvent.MilestoneRecorded(caseId, "noi-" + caseId.value(),
                        Milestone.NOTICE_OF_INTENTION, LocalDate.now(), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), ExtensionRequest.NONE), causation));
            });
        }

        static Probe http(String api, String token, String name) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            String base = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
            return new Probe("http-" + name, "pairs of GET /cases/{id}/deadlines and GET /deadlines/upcoming", n -> {
                // the 20 "setup" cases applied before the probes start: each has two windows
                get(client, token, base + "/cases/probe-setup-" + (n % 20) + "/deadlines");
                get(client, token, base + "/deadlines/upcoming?within=10&limit=100");
            });
        }

        private static void get(java.net.http.HttpClient client, String token, String url) {
            try {
                java.net.http.HttpResponse<String> response = client.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Authorization", "Bearer " + token)
                                .GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                            + response.body());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** Does {@code count} steps at once, untimed. */
        void steps(int count) {
            for (int n = 0; n < count; n++) {
                step.accept(n);
            }
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            int n = 0;
            while (!stopped) {
                long start = System.nanoTime();
                step.accept(n++);
                synchronized (micros) {
                    micros.add((System.nanoTime() - start) / 1_000);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        String summary() {
            List<Long> sorted;
            synchronized (micros) {
                sorted = new ArrayList<>(micros);
            }
            if (sorted.isEmpty()) {
                return "nothing measured";
            }
            sorted.sort(null);
            return String.format(Locale.ROOT, "%d %s; latency p50 / p99 / max = %.1f / %.1f / %.1f ms", sorted.size(),
                    unit, sorted.get(sorted.size() / 2) / 1000.0,
                    sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1000.0,
                    sorted.get(sorted.size() - 1) / 1000.0);
        }
    }

    /** Waits until no timer due by {@code by} is pending (a cheap index probe every 500 ms). */
    private static void awaitNoneDue(Connection c, Instant by, Duration limit) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        try (PreparedStatement s = c.prepareStatement("select 1 from deadline_timer where state = 'PENDING' and fire_at <= ? limit 1")) {
            s.setObject(1, by.atOffset(ZoneOffset.UTC));
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("timers due by " + by + " still pending after " + limit);
    }

    private interface FireAt {
        Instant of(int i);
    }

    /** COPYs {@code n} pending timers (5 per window, 50 windows per case) in one transaction, then analyses the table. */
    private static void copyTimers(Connection c, String prefix, int n, FireAt fireAt) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        String sql = "copy deadline_timer (window_id, timer_kind, case_id, window_kind, subject_id, guidance_section, division, "
                + "due_date, due_at, business_days_before_due, fire_at, state, causation_id, correlation_id, updated_at) "
                + "from stdin with (format csv)";
        String updatedAt = Instant.now().toString();
        int chunk = 50_000;
        for (int start = 0; start < n; start += chunk) {
            StringBuilder csv = new StringBuilder(chunk * 220);
            for (int i = start; i < Math.min(n, start + chunk); i++) {
                int window = i / KINDS.length;
                String kind = KINDS[i % KINDS.length];
                int k = window % WINDOW_KINDS.length;
                Instant at = fireAt.of(i);
                LocalDate dueDate = LocalDate.ofInstant(at, ZoneOffset.UTC);
                csv.append(prefix).append('-').append(window).append(',')
                        .append(kind).append(',')
                        .append("case-").append(prefix).append('-').append(window / 50).append(',')
                        .append(WINDOW_KINDS[k]).append(",,")
                        .append('"').append(SECTIONS[k]).append('"').append(',')
                        .append("ENGLAND_AND_WALES,")
                        .append(dueDate).append(',')
                        .append(at).append(',')
                        .append(kind.equals("EXPIRY") ? "" : Integer.toString(-Integer.parseInt(kind.substring(9)))).append(',')
                        .append(at).append(",PENDING,")
                        .append("cause-").append(window).append(',')
                        .append("corr-").append(window).append(',')
                        .append(updatedAt).append('\n');
            }
            copy.copyIn(sql, new StringReader(csv.toString()));
        }
        c.commit();
        c.setAutoCommit(autoCommit);
        try (Statement s = c.createStatement()) {
            s.execute("analyze deadline_timer");
        }
    }

    private static void recreateDatabase(String adminUrl, String user, String password, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain lower-case identifier: " + database);
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        }
        System.out.println("created database " + database);
    }

    private static long count(Connection c, String sql) throws SQLException {
        return Long.parseLong(scalar(c, sql));
    }

    private static Instant instant(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line = r.readLine();
                return line == null ? "?" : line.trim();
            }
        } catch (IOException e) {
            return "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
