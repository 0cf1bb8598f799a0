package org.sanctionsplatform.bench.pipeline;

import org.sanctionsplatform.testkit.RoundTrips;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.launcher.RunningPlatform;
import org.sanctionsplatform.support.security.Roles;

/**
 * Load run of the whole pipeline (issue "Pipeline speed", part 1: measure first). It starts a real KRaft broker and the
 * four services in this JVM ({@link RunningPlatform#startOn}) on fresh PostgreSQL databases or on the embedded H2
 * defaults, then:
 *
 * <ol>
 *   <li>primes the platform with a few whole cases sent one after another, each awaited on all four topics (this
 *       also measures the records per case and their encoded sizes, and yields the replay's template case);</li>
 *   <li>measures the broker's raw rate: a plain producer then a plain consumer, records of the case events' size
 *       ({@link RawBaseline});</li>
 *   <li>warms the JIT: whole cases at a moderate rate ({@code --jit-rate 30}) until the JVM's compilers are done with
 *       what the load runs (their threads under 5 % of a core over 10 s), at most {@code --jit-warmup 300s} ({@code 0s}: none);</li>
 *   <li>for each offered rate, offers whole cases to intake's HTTP API open loop ({@link OpenLoopLoad}) for the
 *       warm-up and then the measured interval, follows every case on the four topics ({@link TopicObservers}), waits
 *       up to the drain time for the cases of the interval to finish, and reports cases/s sustained, the latency of
 *       each stage, the outbox wait and consume time of each service ({@link ServiceTimes}), CPU and heap;</li>
 *   <li>reports memory: peak heap and RSS, and the heap still held after a full collection per case held;</li>
 *   <li>replay ({@link Replay}): on a fresh broker and fresh databases, writes the case events of whole cases to the
 *       topic first, then starts the services and reports case events/s per consuming service until caught up.</li>
 * </ol>
 * Usage: {@code bench/run-pipeline-load [--store postgres|embedded] [--rates 10,50,100,200] [--duration 30s]
 * [--warmup 10s] [--jit-warmup 300s] [--jit-rate 30] [--drain 10s] [--replay 50000] [--replay-warmup 0] [--output file.json]}; the other options are in the script and in
 * docs/BENCHMARKS.md.
 */
public final class PipelineLoadRun {

    private static final int RECORDS_PER_CASE_EXPECTED = 13;

    private final Map<String, String> options;
    private final Map<String, Object> report = new LinkedHashMap<>();

    private PipelineLoadRun(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " has no value");
        }
        new PipelineLoadRun(options).run();
        System.exit(0);
    }

    // ---------------------------------------------------------------- options

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)).replace("_", "").replace(",", ""));
    }

    private Duration durationOption(String name, String fallback) {
        return parseDuration(option(name, fallback));
    }

    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> throw new IllegalArgumentException("a duration is like 500ms, 30s, 10m or 1h, not " + text);
        };
    }

    private static List<Double> rates(String text) {
        List<Double> rates = new ArrayList<>();
        if (text.isBlank() || text.equals("none")) {
            return rates;
        }
        for (String r : text.split(",")) {
            double rate = Double.parseDouble(r.trim());
            if (rate <= 0) {
                throw new IllegalArgumentException("a rate must be positive: " + r);
            }
            rates.add(rate);
        }
        return rates;
    }

    // ---------------------------------------------------------------- the run

    private void run() throws Exception {
        Store store = new Store(Store.Kind.valueOf(option("store", "postgres").toUpperCase(Locale.ROOT)),
                option("jdbc", "jdbc:postgresql://127.0.0.1:5432/"), option("user", "postgres"), option("password", ""),
                option("database-prefix", "sep_pipeline"));
        HarnessBroker.Mode brokerMode = HarnessBroker.Mode.valueOf(option("broker", "child").toUpperCase(Locale.ROOT).replace('-', '_'));
        List<Double> rates = rates(option("rates", "10,50,100,200"));
        Duration duration = durationOption("duration", "30s");
        Duration warmup = durationOption("warmup", "10s");
        Duration drain = durationOption("drain", "10s");
        Duration settle = durationOption("settle", "120s");
        Duration rawFor = durationOption("raw", "10s");
        int replayEvents = intOption("replay", 50_000);
        int replayWarmupEvents = intOption("replay-warmup", 0);
        if (replayWarmupEvents < 0) {
            throw new IllegalArgumentException("--replay-warmup is a number of case events, 0 or more, not " + replayWarmupEvents);
        }
        int partitions = intOption("partitions", 3);
        int prime = Math.max(1, intOption("prime", 20));
        long seed = Long.parseLong(option("seed", "42"));
        int maxInFlight = intOption("max-in-flight", 500);
        int loadThreads = intOption("load-threads", 64);
        // the JDK's blocking client keeps at most this many idle connections to a host (default 5): one per worker,
        // so that each keeps its connection alive between requests; read once, when its cache is first used
        System.setProperty("http.maxConnections", Integer.toString(loadThreads));
        // and never sends a POST twice on its own (its default retries one on a kept-alive connection found closed): a
        // request that fails is counted as failed, not offered again behind the harness's back
        System.setProperty("sun.net.http.retryPost", "false");
        Duration requestTimeout = durationOption("request-timeout", "10s");
        Duration jitWarmup = durationOption("jit-warmup", "300s");
        double jitRate = Double.parseDouble(option("jit-rate", "30"));

        System.out.printf(Locale.ROOT, "pipeline load run: store %s, rates %s cases/s, %d s measured per rate after %d s warm-up, "
                        + "drain %d s; replay %,d case events%s%n", store.kind().name().toLowerCase(Locale.ROOT), rates,
                duration.toSeconds(), warmup.toSeconds(), drain.toSeconds(), replayEvents, replayEvents > 0 && replayWarmupEvents > 0
                        ? String.format(Locale.ROOT, " after an unmeasured replay of %,d", replayWarmupEvents) : "");
        String machine = Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
        System.out.println("machine: " + machine);
        String uptimeBefore = uptime();
        System.out.println("uptime before: " + uptimeBefore);
        report.put("store", store.kind().name().toLowerCase(Locale.ROOT));
        report.put("machine", machine);
        report.put("uptimeBefore", uptimeBefore);
        report.put("options", options);

        RawBaseline.Result raw = null;
        Map<String, Object> replayReport = null;
        String replayBroker = option("replay-broker", "load");
        if (!replayBroker.equals("load") && !replayBroker.equals("fresh")) {
            throw new IllegalArgumentException("--replay-broker is load or fresh, not " + replayBroker);
        }
        boolean freshReplayBroker = replayBroker.equals("fresh");
        Duration replayTimeout = durationOption("replay-timeout", "10m");
        List<RateResult> results = new ArrayList<>();
        Memory memory;
        int recordsPerCase;
        List<CaseEventEnvelope> template;
        try (HarnessBroker broker = HarnessBroker.start(brokerMode, partitions, option("broker-heap", "512m"));
             ResourceMonitor monitor = new ResourceMonitor(broker.pid())) {
            System.out.println("broker: " + broker.describe());
            System.out.println("databases: " + store.describe());
            report.put("broker", broker.describe());
            Map<String, RunningPlatform.Database> databases = store.fresh("load");
            long startedAt = System.nanoTime();
            RunningPlatform platform = RunningPlatform.startOn(broker.bootstrapServers(), databases::get,
                    withPartitions(store, partitions));
            System.out.printf(Locale.ROOT, "services started in %.1f s: %s%n", (System.nanoTime() - startedAt) / 1e9, platform.urls());
            try (TopicObservers observers = TopicObservers.start(broker.bootstrapServers());
                 OpenLoopLoad load = new OpenLoopLoad(platform.url("intake"), platform.identityProvider().token("bench-load",
                         WholeCases.PERSON, Duration.ofHours(8), List.of(Roles.CASE_OFFICER, Roles.DECISION_MAKER)), new WholeCases(seed,
                         Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT),
                         LocalDate.now(ZoneId.of("Europe/London"))), observers, maxInFlight, requestTimeout, loadThreads)) {
                long heapBaseline = monitor.heapAfterGc();

                // 1. priming
                Primed primed = prime(load, observers, prime);
                recordsPerCase = primed.recordsPerCase;
                template = Replay.template(broker.bootstrapServers(), primed.templateCaseId, 5);
                int caseEventBytes = (int) Math.round(observers.meanValueBytes(0));
                printSizes(observers, primed);

                // 2. raw broker rate
                raw = RawBaseline.inChildJvm(broker.bootstrapServers(), partitions, caseEventBytes, rawFor);
                System.out.printf(Locale.ROOT, "RAW BROKER (plain clients in a JVM of their own, after a warm-up pass): %,d records "
                                + "of %d B (+ key and eventId header) on %d partitions: produce %,.0f records/s (acks=all, idempotent, "
                                + "linger 5 ms) over %.1f s, then consume %,.0f records/s over %.1f s%n", raw.records(), raw.valueBytes(), partitions, raw.producePerSecond(),
                        raw.produceSeconds(), raw.consumePerSecond(), raw.consumeSeconds());

                // 3. the JIT's warm-up, then the offered rates
                int nextCase = prime;
                long casesHeld = primed.answered;
                if (!jitWarmup.isZero() && !rates.isEmpty()) {
                    int[] warmed = warmTheJit(load, observers, nextCase, jitRate, jitWarmup, settle);
                    nextCase += warmed[0];
                    casesHeld += warmed[1];
                }
                for (double rate : rates) {
                    observers.forget();
                    RateResult r = runRate(rate, nextCase, warmup, duration, drain, settle, load, observers, monitor,
                            databases, raw, recordsPerCase, store.kind() == Store.Kind.POSTGRES);
                    nextCase += r.casesOffered;
                    casesHeld += r.answeredAll;
                    results.add(r);
                    if (!r.backlogDrained) {
                        System.out.println("the backlog of this rate did not drain within the settle time ("
                                + settle.toSeconds() + " s): the higher rates are skipped");
                        break;
                    }
                }

                long deadLetters = deadLetters(broker.bootstrapServers());
                System.out.printf(Locale.ROOT, "%ndead letters on the *.dlq topics after the load: %,d%s%n", deadLetters,
                        deadLetters == 0 ? "" : " (the platform refused records: the figures above are not of a clean run)");
                report.put("deadLettersAfterLoad", deadLetters);

                // 4. memory
                observers.forget();
                memory = memory(monitor, heapBaseline, casesHeld, databases);
                memory.print(store.kind());
            } finally {
                closeWithin(platform, Duration.ofSeconds(60));
                store.release(databases);
            }

            // 5. replay, on this broker (its topics and groups cleared) unless --replay-broker fresh
            if (replayEvents > 0 && !freshReplayBroker) {
                replayReport = replays(store, broker, partitions, template, replayWarmupEvents, replayEvents, seed, replayTimeout);
            }
        }
        if (replayEvents > 0 && freshReplayBroker) {
            try (HarnessBroker fresh = HarnessBroker.start(brokerMode, partitions, option("broker-heap", "512m"))) {
                replayReport = replays(store, fresh, partitions, template, replayWarmupEvents, replayEvents, seed, replayTimeout);
            }
        }

        String uptimeAfter = uptime();
        System.out.println("uptime after: " + uptimeAfter);
        report.put("uptimeAfter", uptimeAfter);
        summary(raw, results, recordsPerCase, memory, replayReport);
        String output = options.get("output");
        if (output != null) {
            Files.writeString(Path.of(output), JsonWriter.write(report), StandardCharsets.UTF_8);
            System.out.println("wrote " + output);
        }
    }

    /**
     * Closes the platform, but waits at most {@code limit}: a Kafka consumer's close can hang in the client after a
     * wake-up (micronaut-kafka issue 995, seen once at the end of a replay), and the figures are already printed by
     * then; the harness ends with System.exit, which stops whatever is left.
     */
    private static void closeWithin(RunningPlatform platform, Duration limit) {
        Thread closer = new Thread(platform::close, "platform-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closer.isAlive()) {
            System.out.printf(Locale.ROOT, "  (the platform did not close within %d s; going on without waiting for it)%n",
                    limit.toSeconds());
        }
    }

    private static Map<String, Object> withPartitions(Store store, int partitions) {
        Map<String, Object> properties = new LinkedHashMap<>(store.serviceProperties());
        properties.put("sep.kafka.topics.partitions", partitions);
        return properties;
    }

    // ---------------------------------------------------------------- priming

    private record Primed(int answered, int recordsPerCase, String templateCaseId, Distribution endToEnd) {
    }

    /** Whole cases one after another, each awaited on all four topics (at most 30 s each). */
    private Primed prime(OpenLoopLoad load, TopicObservers observers, int count) throws InterruptedException {
        List<Long> endToEnd = new ArrayList<>();
        String template = null;
        int answered = 0;
        List<CaseTrack> tracks = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            CaseRun run = load.offerOne(n);
            if (run.outcome != CaseRun.Outcome.ANSWERED) {
                throw new IllegalStateException("priming: whole case " + n + " was not accepted by intake: " + run.outcome
                        + " at " + CaseRun.STEPS[Math.max(0, run.failedStep)] + ": " + run.failure);
            }
            answered++;
            CaseTrack track = observers.track(run.caseId);
            long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (track.completedAt() == 0 && System.nanoTime() < giveUp) {
                observers.check();
                Thread.sleep(5);
            }
            if (track.completedAt() == 0) {
                throw new IllegalStateException("priming: case " + run.caseId + " did not go through the pipeline within 30 s; "
                        + "stages seen (receipt time, 0 = not seen): " + java.util.Arrays.toString(track.stageTimes()));
            }
            endToEnd.add(track.completedAt() - run.intendedMicros);
            tracks.add(track);
            if (template == null) {
                template = run.caseId;
            }
        }
        Thread.sleep(1_000); // late records of the last case (e.g. the settlement window opened after the summary)
        int records = tracks.get(0).records();
        for (CaseTrack t : tracks) {
            if (t.records() != records) {
                System.out.println("note: the primed cases did not all put the same number of records on the topics: "
                        + records + " and " + t.records());
            }
        }
        Distribution d = Distribution.of(endToEnd);
        System.out.printf(Locale.ROOT, "PRIMING: %d whole cases one after another, each through all four topics; POST /cases → "
                + "PublicationDrafted p50 / p95 / p99 / max = %s ms (single case, no load); %d records on the topics per case%s%n",
                count, d.summaryMillis(), records, records == RECORDS_PER_CASE_EXPECTED ? "" : " (expected " + RECORDS_PER_CASE_EXPECTED + ")");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cases", count);
        p.put("recordsPerCase", records);
        p.put("endToEnd", d.toJson());
        report.put("priming", p);
        return new Primed(answered, records, template, d);
    }

    private void printSizes(TopicObservers observers, Primed primed) {
        StringBuilder line = new StringBuilder("encoded sizes (mean value bytes / key + headers) per topic:");
        Map<String, Object> sizes = new LinkedHashMap<>();
        for (int i = 0; i < TopicObservers.TOPICS.size(); i++) {
            String name = TopicObservers.TOPICS.get(i).name();
            line.append(String.format(Locale.ROOT, " %s %.0f / %.0f B (%d records);", name, observers.meanValueBytes(i),
                    observers.meanKeyAndHeaderBytes(i), observers.records(i)));
            sizes.put(name, ordered("meanValueBytes", observers.meanValueBytes(i), "meanKeyAndHeaderBytes",
                    observers.meanKeyAndHeaderBytes(i), "records", observers.records(i)));
        }
        System.out.println(line);
        report.put("encodedSizes", sizes);
    }

    // ---------------------------------------------------------------- one rate

    /** The figures of one offered rate. */
    private final class RateResult {
        double rate;
        double seconds;
        int casesOffered;
        int inWindow;
        int answered;
        int answeredAll;
        int completed;
        int notSustained;
        Map<CaseRun.Outcome, Integer> outcomes = new LinkedHashMap<>();
        List<String> sampleFailures = new ArrayList<>();
        double completedPerSecond;
        double recordsPerSecond;
        double ratioToRaw;
        Distribution[] fromPost = new Distribution[CaseTrack.STAGES.length];
        Distribution[] fromCause = new Distribution[CaseTrack.STAGES.length];
        Distribution[] http = new Distribution[CaseRun.STEPS.length];
        Distribution wholeCaseHttp;
        long generatorLagMax;
        Map<String, ServiceTimes.Outbox> outbox = new LinkedHashMap<>();
        Map<String, Map<String, Distribution>> consume = new LinkedHashMap<>();
        double[] cpu;
        long peakHeap;
        boolean backlogDrained;
        double settledSeconds;
        /** PostgreSQL only: service → {transactions, table scans, rows written} per case answered in the rate. */
        Map<String, double[]> postgresPerCase = new LinkedHashMap<>();

        /**
         * Every case due in the interval finished (all stages seen) by the end of the interval plus the drain time, and
         * cases finished during the interval at no less than 95% of the offered rate (a platform that falls behind
         * slowly could otherwise finish a short interval's cases in the drain time).
         */
        boolean sustained() {
            return notSustained == 0 && inWindow > 0 && keptPace();
        }

        boolean keptPace() {
            return completedPerSecond >= 0.95 * rate;
        }

        String verdict() {
            if (sustained()) {
                return "sustained";
            }
            List<String> why = new ArrayList<>();
            if (notSustained > 0) {
                why.add(String.format(Locale.ROOT, "%,d cases not finished", notSustained));
            }
            if (!keptPace()) {
                why.add(String.format(Locale.ROOT, "finished %.1f/s < 95%% of offered", completedPerSecond));
            }
            return "NOT sustained (" + String.join("; ", why) + ")";
        }
    }

    /**
     * Whole cases at {@code rate} until the JVM's compilers are done with what the load runs, or {@code atMost}: then the
     * warm-up's cases are left to finish. Answers {cases offered, cases answered}.
     *
     * <p>Why: the services run in this JVM, and with two cores it has one C2 compiler thread, which took 150–175 s of
     * load (at 100 cases/s) to compile what the platform runs: sampled with {@code jstat -compiler}, its compilation time
     * grew by 28–30 s in each 25 s from 50 to 125 s after the start, by 5 s from 150 to 175 s and by 1 s after 200 s; in
     * a profile of the measured interval after a 45 s warm-up the compiler threads took 26–31 % of this JVM's CPU. A
     * measured interval inside that time measures the warm-up of the JIT, not the platform a long-running service is.
     * Stops when the compilers' threads used under 5 % of a core in the last 10 s (after 30 s at least), read from /proc
     * ({@link ResourceMonitor#compilerTicks}); where that cannot be read, when their compilation time was under 5 % of
     * the 10 s. Until the seventeenth session it was always the compilation time, which is wall time: on a host whose
     * cores the load keeps busy it counts the compiler's waits for a core too (there, at 30 cases/s after 300 s, 33.4 %
     * of a core of compilation time for 7.7 % of CPU), so it could stay above 5 % however long the warm-up ran.
     *
     * <p>On a slow host the rate matters too: on the seventeenth session's, whole cases at 60/s kept both cores busy and
     * the compilers still at a whole core of compilation time after 300 s, twice; at 30/s (the default since) the
     * warm-up ended after 270 s in both runs that stopped on the threads' CPU (1.6 % and 0.7 % of a core), and the two
     * before, which stopped on compilation time, ran their 300 s (15.5 % and 33.4 % of it at the end). What the rates
     * measured after it moved within that host's swings (200 offered: 86–89 finished/s after 60/s, 82–121 after 30/s).
     */
    private int[] warmTheJit(OpenLoopLoad load, TopicObservers observers, int firstCase, double rate, Duration atMost,
                             Duration settle) throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            System.out.println("JIT WARM-UP: this JVM does not report its compilation time; skipped");
            return new int[]{0, 0};
        }
        System.out.printf(Locale.ROOT, "%nJIT WARM-UP: %s cases/s until the compilers are done (at most %d s) …%n",
                number(rate), atMost.toSeconds());
        long window = 10_000_000L;
        long began = WallClock.nowMicros() + 200_000;
        long start = began;
        long compiledBefore = jit.getTotalCompilationTime();
        long compilerTicksBefore = ResourceMonitor.compilerTicks();
        boolean compilerCpuKnown = compilerTicksBefore > 0; // the JVM compiled before it got here, on Linux
        double share;
        double cpuShare;
        List<CaseRun> runs = new ArrayList<>();
        do {
            List<CaseRun> part = load.offer(firstCase + runs.size(), rate, start, start + window);
            runs.addAll(part);
            start += window;
            long compiled = jit.getTotalCompilationTime();
            share = (compiled - compiledBefore) / (window / 1_000.0);
            compiledBefore = compiled;
            long compilerTicks = ResourceMonitor.compilerTicks();
            cpuShare = (compilerTicks - compilerTicksBefore) / 100.0 / (window / 1e6); // ticks of 10 ms
            compilerTicksBefore = compilerTicks;
        } while (start - began < atMost.toNanos() / 1_000
                && (start - began < 30_000_000L || (compilerCpuKnown ? cpuShare : share) >= 0.05));
        boolean stillCompiling = (compilerCpuKnown ? cpuShare : share) >= 0.05;
        long settleUntil = System.nanoTime() + settle.toNanos();
        while (System.nanoTime() < settleUntil && !(load.inFlight() == 0 && allFinished(runs, observers))) {
            observers.check();
            Thread.sleep(100);
        }
        int answered = (int) runs.stream().filter(r -> r.outcome == CaseRun.Outcome.ANSWERED).count();
        double seconds = (start - began) / 1e6;
        System.out.printf(Locale.ROOT, "  %,d cases offered over %.0f s, %,d answered; in the last 10 s the compilers' threads used "
                        + "%s of a core (their compilation time, which counts waits for a core too: %.1f %%)%s; compilation time "
                        + "since the JVM started %.1f s%n", runs.size(), seconds, answered,
                compilerCpuKnown ? String.format(Locale.ROOT, "%.1f %%", 100 * cpuShare) : "(not known here)", 100 * share,
                stillCompiling ? " (still compiling: the warm-up's limit was reached; the compilers share the cores with the"
                        + " load, and a lower --jit-rate leaves them more)" : "",
                jit.getTotalCompilationTime() / 1e3);
        Map<String, Object> warmUp = new LinkedHashMap<>();
        warmUp.put("rate", rate);
        warmUp.put("seconds", seconds);
        warmUp.put("casesOffered", runs.size());
        warmUp.put("casesAnswered", answered);
        warmUp.put("compilerShareLast10s", share);
        if (compilerCpuKnown) {
            warmUp.put("compilerThreadsCpuLast10s", cpuShare);
        }
        warmUp.put("compilationSecondsInAll", jit.getTotalCompilationTime() / 1e3);
        report.put("jitWarmUp", warmUp);
        return new int[]{runs.size(), answered};
    }

    private RateResult runRate(double rate, int firstCase, Duration warmup, Duration duration, Duration drain, Duration settle,
                               OpenLoopLoad load, TopicObservers observers, ResourceMonitor monitor,
                               Map<String, RunningPlatform.Database> databases, RawBaseline.Result raw, int recordsPerCase,
                               boolean postgres) throws Exception {
        RateResult r = new RateResult();
        r.rate = rate;
        r.seconds = duration.toMillis() / 1000.0;
        long start = WallClock.nowMicros() + 200_000;
        long from = start + warmup.toNanos() / 1_000;
        long to = from + duration.toNanos() / 1_000;
        long drainUntil = to + drain.toNanos() / 1_000;
        System.out.printf(Locale.ROOT, "%nRATE %s cases/s: warm-up %d s, then %d s measured …%n", number(rate), warmup.toSeconds(),
                duration.toSeconds());

        Map<String, long[]> countersBefore = new LinkedHashMap<>();
        if (postgres) {
            for (String service : Store.SERVICES) {
                countersBefore.put(service, ServiceTimes.postgresCounters(service, databases.get(service)));
            }
        }
        long[][] cpu = new long[2][];
        Thread cpuReader = new Thread(() -> {
            try {
                WallClock.sleepUntil(from);
                cpu[0] = monitor.cpuTicks();
                WallClock.sleepUntil(to);
                cpu[1] = monitor.cpuTicks();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cpu-reader");
        cpuReader.start();
        List<CaseRun> runs = load.offer(firstCase, rate, start, to);
        cpuReader.join();
        r.cpu = ResourceMonitor.cpuSince(cpu[0], cpu[1], r.seconds);
        r.casesOffered = runs.size();

        List<CaseRun> window = new ArrayList<>();
        for (CaseRun run : runs) {
            r.generatorLagMax = Math.max(r.generatorLagMax, run.sentMicros[0] == 0 ? 0 : run.sentMicros[0] - run.intendedMicros);
            if (run.intendedMicros >= from && run.intendedMicros < to) {
                window.add(run);
            }
        }
        r.inWindow = window.size();

        // drain: until every case of the interval is finished (or failed), or the drain time is over
        while (WallClock.nowMicros() < drainUntil && !allFinished(window, observers)) {
            observers.check();
            Thread.sleep(100);
        }
        long drainEnd = Math.min(WallClock.nowMicros(), drainUntil);

        // figures of the interval
        List<List<Long>> fromPost = lists(CaseTrack.STAGES.length);
        List<List<Long>> fromCause = lists(CaseTrack.STAGES.length);
        List<List<Long>> http = lists(CaseRun.STEPS.length);
        List<Long> wholeCase = new ArrayList<>();
        for (CaseRun run : window) {
            r.outcomes.merge(run.outcome, 1, Integer::sum);
            if (run.outcome != CaseRun.Outcome.ANSWERED && run.outcome != CaseRun.Outcome.IN_FLIGHT && r.sampleFailures.size() < 3) {
                r.sampleFailures.add(run.outcome + " at " + CaseRun.STEPS[Math.max(0, run.failedStep)] + ": " + run.failure);
            }
            for (int s = 0; s < CaseRun.STEPS.length; s++) {
                if (run.answeredMicros[s] > 0 && (s < CaseRun.STEPS.length - 1 ? run.sentMicros[s + 1] > 0 : run.outcome == CaseRun.Outcome.ANSWERED)) {
                    http.get(s).add(run.answeredMicros[s] - run.sentMicros[s]);
                }
            }
            if (run.outcome != CaseRun.Outcome.ANSWERED) {
                continue;
            }
            r.answered++;
            wholeCase.add(run.answeredMicros[CaseRun.STEPS.length - 1] - run.intendedMicros);
            CaseTrack track = observers.track(run.caseId);
            long[] stages = track.stageTimes();
            for (int s = 0; s < stages.length; s++) {
                if (stages[s] > 0 && stages[s] <= drainUntil) {
                    fromPost.get(s).add(stages[s] - run.intendedMicros);
                    fromCause.get(s).add(stages[s] - run.sentMicros[CaseTrack.CAUSING_STEP[s]]);
                }
            }
            long done = track.completedAt();
            if (done > 0 && done <= drainUntil) {
                r.completed++;
            }
        }
        // runs of the warm-up can complete in the interval too: throughput counts completions in it
        int completedInInterval = 0;
        for (CaseRun run : runs) {
            if (run.outcome == CaseRun.Outcome.ANSWERED) {
                r.answeredAll++;
            }
            if (run.caseId != null) {
                long done = observers.track(run.caseId).completedAt();
                if (done >= from && done < to) {
                    completedInInterval++;
                }
            }
        }
        r.notSustained = r.inWindow - r.completed;
        r.completedPerSecond = completedInInterval / r.seconds;
        r.recordsPerSecond = r.completedPerSecond * recordsPerCase;
        r.ratioToRaw = raw == null ? 0 : r.recordsPerSecond / raw.perSecond();
        for (int s = 0; s < CaseTrack.STAGES.length; s++) {
            r.fromPost[s] = Distribution.of(fromPost.get(s));
            r.fromCause[s] = Distribution.of(fromCause.get(s));
        }
        for (int s = 0; s < CaseRun.STEPS.length; s++) {
            r.http[s] = Distribution.of(http.get(s));
        }
        r.wholeCaseHttp = Distribution.of(wholeCase);
        for (String service : Store.SERVICES) {
            r.outbox.put(service, ServiceTimes.outbox(databases.get(service), from, to));
            if (ServiceTimes.CONSUMERS.containsKey(service)) {
                r.consume.put(service, ServiceTimes.consume(databases.get(service), ServiceTimes.CONSUMERS.get(service),
                        observers, from, to));
            }
        }
        r.peakHeap = monitor.peakHeapUsed();

        // settle: let the backlog of this rate drain before the next rate, uncounted
        long settleStart = System.nanoTime();
        long settleUntil = settleStart + settle.toNanos();
        while (System.nanoTime() < settleUntil && !(load.inFlight() == 0 && allFinished(runs, observers))) {
            Thread.sleep(200);
        }
        r.backlogDrained = load.inFlight() == 0 && allFinished(runs, observers);
        r.settledSeconds = (System.nanoTime() - settleStart) / 1e9;
        if (postgres && r.answeredAll > 0) {
            Thread.sleep(2_000); // let the connections publish their counters
            for (String service : Store.SERVICES) {
                long[] before = countersBefore.get(service);
                long[] after = ServiceTimes.postgresCounters(service, databases.get(service));
                double[] perCase = new double[before.length];
                for (int i = 0; i < before.length; i++) {
                    perCase[i] = (after[i] - before[i]) / (double) r.answeredAll;
                }
                r.postgresPerCase.put(service, perCase);
            }
        }
        printRate(r, drainEnd - to);
        report.computeIfAbsent("rates", k -> new ArrayList<Map<String, Object>>());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rateReports = (List<Map<String, Object>>) report.get("rates");
        rateReports.add(rateJson(r, recordsPerCase));
        return r;
    }

    private static boolean allFinished(List<CaseRun> runs, TopicObservers observers) {
        for (CaseRun run : runs) {
            CaseRun.Outcome o = run.outcome;
            if (o == CaseRun.Outcome.IN_FLIGHT) {
                return false;
            }
            if (o == CaseRun.Outcome.ANSWERED && observers.track(run.caseId).completedAt() == 0) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Long>> lists(int n) {
        List<List<Long>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private void printRate(RateResult r, long drainedAfterMicros) {
        int failures = r.inWindow - r.answered - r.outcomes.getOrDefault(CaseRun.Outcome.IN_FLIGHT, 0);
        System.out.printf(Locale.ROOT, "  cases due in the %d s interval: %,d; answered by intake (4 requests 2xx) %,d; finished "
                        + "(all stages seen by the end of the interval + drain) %,d; not finished %,d → %s%n",
                Math.round(r.seconds), r.inWindow, r.answered, r.completed, r.notSustained, r.verdict());
        System.out.printf(Locale.ROOT, "  completed in the interval: %.1f cases/s = %,.0f records/s carried (× %d records per case) "
                        + "= %.2f%% of the raw broker rate%n", r.completedPerSecond, r.recordsPerSecond,
                Math.round(r.completedPerSecond == 0 ? 0 : r.recordsPerSecond / r.completedPerSecond), 100 * r.ratioToRaw);
        System.out.printf(Locale.ROOT, "  HTTP: refused (429/503) %d, failed (other status) %d, timed out %d, connection errors %d, "
                        + "shed by the generator (in flight ≥ bound) %d, still in flight %d; generator lag max %s ms%n",
                r.outcomes.getOrDefault(CaseRun.Outcome.REFUSED, 0), r.outcomes.getOrDefault(CaseRun.Outcome.FAILED, 0),
                r.outcomes.getOrDefault(CaseRun.Outcome.TIMED_OUT, 0), r.outcomes.getOrDefault(CaseRun.Outcome.ERROR, 0),
                r.outcomes.getOrDefault(CaseRun.Outcome.SHED, 0), r.outcomes.getOrDefault(CaseRun.Outcome.IN_FLIGHT, 0),
                Distribution.ms(r.generatorLagMax));
        if (failures > 0) {
            r.sampleFailures.forEach(f -> System.out.println("    e.g. " + f));
        }
        System.out.println("  request latency p50 / p95 / p99 / max ms:");
        for (int s = 0; s < CaseRun.STEPS.length; s++) {
            System.out.printf(Locale.ROOT, "    %-38s %s%n", CaseRun.STEPS[s], r.http[s].summaryMillis());
        }
        System.out.printf(Locale.ROOT, "    %-38s %s%n", "whole case (due → 4th answer)", r.wholeCaseHttp.summaryMillis());
        System.out.printf(Locale.ROOT, "  stage latency p50 / p95 / p99 / max ms    %-34s %s%n", "from POST /cases (its due time)",
                "from the request that caused it");
        for (int s = 0; s < CaseTrack.STAGES.length; s++) {
            System.out.printf(Locale.ROOT, "    → %-38s %-34s %s (%s)%n", CaseTrack.STAGES[s], r.fromPost[s].summaryMillis(),
                    r.fromCause[s].summaryMillis(), CaseRun.STEPS[CaseTrack.CAUSING_STEP[s]]);
        }
        StringBuilder outbox = new StringBuilder("  outbox wait (created → sent) p50 / p99 / max ms:");
        r.outbox.forEach((service, o) -> outbox.append(String.format(Locale.ROOT, " %s %s / %s / %s (%,d rows%s);", service,
                Distribution.ms(o.waits().percentile(50)), Distribution.ms(o.waits().percentile(99)), Distribution.ms(o.waits().max()),
                o.waits().count(), o.unsent() > 0 ? ", " + o.unsent() + " unsent" : "")));
        System.out.println(outbox);
        StringBuilder consume = new StringBuilder("  consume time (record timestamp → processed) p50 / p99 / max ms:");
        r.consume.forEach((service, byTopic) -> byTopic.forEach((topic, d) -> consume.append(String.format(Locale.ROOT,
                " %s ← %s %s / %s / %s (%,d);", service, shortName(topic), Distribution.ms(d.percentile(50)),
                Distribution.ms(d.percentile(99)), Distribution.ms(d.max()), d.count()))));
        System.out.println(consume);
        if (!r.postgresPerCase.isEmpty()) {
            StringBuilder pg = new StringBuilder("  PostgreSQL work per whole case (approx., relay polls and timer sweeps included): ");
            r.postgresPerCase.forEach((service, c) -> pg.append(String.format(Locale.ROOT,
                    "%s %.1f transactions, %.1f table scans, %.1f rows written, %.1f round trips; ", service, c[0], c[1],
                    c[2], c[3])));
            System.out.println(pg);
        }
        System.out.printf(Locale.ROOT, "  CPU in the interval (cores of %d): this JVM (services, harness) %.2f, of which its JIT "
                        + "compilers %.2f; broker JVM %s, whole machine "
                        + "%.2f; peak heap used so far %,d MiB; the last case of this rate finished %.1f s after the interval "
                        + "(%s)%n", Runtime.getRuntime().availableProcessors(), r.cpu[0], r.cpu[3], brokerCpu(r.cpu), r.cpu[2],
                r.peakHeap / (1024 * 1024),
                drainedAfterMicros / 1e6 + r.settledSeconds, r.backlogDrained ? "backlog drained" : "backlog NOT drained");
    }

    /** The broker JVM's CPU of a {@link ResourceMonitor#cpuSince} reading, and its compilers' part. */
    private static String brokerCpu(double[] cpu) {
        return cpu[1] == 0 ? "in this JVM" : String.format(Locale.ROOT, "%.2f, of which its JIT compilers %.2f", cpu[1], cpu[4]);
    }

    private static Map<String, Object> cpuJson(double[] cpu) {
        return ordered("thisJvm", cpu[0], "thisJvmJitCompilers", cpu[3], "brokerJvm", cpu[1], "brokerJvmJitCompilers", cpu[4],
                "machine", cpu[2]);
    }

    private static String shortName(String topic) {
        return topic.replace("enforcement.", "").replace(".v1", "");
    }

    private Map<String, Object> rateJson(RateResult r, int recordsPerCase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offeredCasesPerSecond", r.rate);
        m.put("measuredSeconds", r.seconds);
        m.put("casesDue", r.inWindow);
        m.put("answered", r.answered);
        m.put("finished", r.completed);
        m.put("notSustained", r.notSustained);
        m.put("sustained", r.sustained());
        Map<String, Object> outcomes = new LinkedHashMap<>();
        r.outcomes.forEach((k, v) -> outcomes.put(k.name().toLowerCase(Locale.ROOT), v));
        m.put("outcomes", outcomes);
        m.put("completedCasesPerSecond", r.completedPerSecond);
        m.put("recordsPerCase", recordsPerCase);
        m.put("recordsPerSecond", r.recordsPerSecond);
        m.put("ratioToRawBroker", r.ratioToRaw);
        Map<String, Object> http = new LinkedHashMap<>();
        for (int s = 0; s < CaseRun.STEPS.length; s++) {
            http.put(CaseRun.STEPS[s], r.http[s].toJson());
        }
        http.put("wholeCase", r.wholeCaseHttp.toJson());
        m.put("httpLatency", http);
        Map<String, Object> stages = new LinkedHashMap<>();
        for (int s = 0; s < CaseTrack.STAGES.length; s++) {
            stages.put(CaseTrack.STAGES[s], ordered("fromPostCases", r.fromPost[s].toJson(), "fromCausingRequest", r.fromCause[s].toJson(),
                    "causingRequest", CaseRun.STEPS[CaseTrack.CAUSING_STEP[s]]));
        }
        m.put("stageLatency", stages);
        Map<String, Object> outbox = new LinkedHashMap<>();
        r.outbox.forEach((service, o) -> {
            Map<String, Object> j = new LinkedHashMap<>(o.waits().toJson());
            j.put("unsent", o.unsent());
            outbox.put(service, j);
        });
        m.put("outboxWait", outbox);
        Map<String, Object> consume = new LinkedHashMap<>();
        r.consume.forEach((service, byTopic) -> {
            Map<String, Object> j = new LinkedHashMap<>();
            byTopic.forEach((topic, d) -> j.put(topic, d.toJson()));
            consume.put(service, j);
        });
        m.put("consumeTime", consume);
        m.put("cpuCores", cpuJson(r.cpu));
        m.put("peakHeapUsedBytes", r.peakHeap);
        m.put("backlogDrained", r.backlogDrained);
        if (!r.postgresPerCase.isEmpty()) {
            Map<String, Object> pg = new LinkedHashMap<>();
            r.postgresPerCase.forEach((service, c) -> pg.put(service, ordered("transactions", c[0], "tableScans", c[1], "rowsWritten", c[2],
                    "roundTrips", c[3])));
            m.put("postgresWorkPerCase", pg);
        }
        return m;
    }

    // ---------------------------------------------------------------- memory

    private record Memory(long heapBaseline, long heapAfter, long casesHeld, long peakHeap, long peakHeapAfterGc, long maxHeap, long[] rss,
                          long[] brokerRss, Map<String, long[]> outboxHeld) {

        double bytesPerCase() {
            return casesHeld == 0 ? 0 : (double) (heapAfter - heapBaseline) / casesHeld;
        }

        void print(Store.Kind kind) {
            System.out.printf(Locale.ROOT, "%nMEMORY (%s): peak heap used %,d MiB (garbage included) of %,d MiB max, peak heap after a "
                            + "collection %,d MiB; RSS now %,d MiB, peak %,d MiB%s%n",
                    kind.name().toLowerCase(Locale.ROOT), peakHeap / (1024 * 1024), maxHeap / (1024 * 1024),
                    peakHeapAfterGc / (1024 * 1024), rss[0] / (1024 * 1024),
                    rss[1] / (1024 * 1024), brokerRss == null ? " (broker included)"
                            : String.format(Locale.ROOT, "; broker JVM RSS now %,d MiB, peak %,d MiB", brokerRss[0] / (1024 * 1024),
                            brokerRss[1] / (1024 * 1024)));
            System.out.printf(Locale.ROOT, "  heap after full GC: %,d MiB with the services started and no case, %,d MiB holding %,d "
                            + "cases → %,.1f KB of heap per case held%n", heapBaseline / (1024 * 1024), heapAfter / (1024 * 1024),
                    casesHeld, bytesPerCase() / 1024);
            if (casesHeld < 1_000) {
                System.out.println("  (too few cases held for the figure per case to mean much: take it from a run of thousands)");
            }
            StringBuilder held = new StringBuilder("  outbox rows held (sent rows are kept "
                    + (kind == Store.Kind.EMBEDDED ? "10 min" : "24 h") + "): ");
            outboxHeld.forEach((service, h) -> held.append(String.format(Locale.ROOT, "%s %,d rows / %,.1f KB payload per case; ",
                    service, h[0], casesHeld == 0 ? 0 : h[1] / 1024.0 / casesHeld)));
            System.out.println(held);
        }
    }

    private Memory memory(ResourceMonitor monitor, long heapBaseline, long casesHeld,
                          Map<String, RunningPlatform.Database> databases) throws Exception {
        long heapAfter = monitor.heapAfterGc();
        Map<String, long[]> outboxHeld = new LinkedHashMap<>();
        for (String service : Store.SERVICES) {
            outboxHeld.put(service, ServiceTimes.outboxHeld(databases.get(service)));
        }
        Memory m = new Memory(heapBaseline, heapAfter, casesHeld, monitor.peakHeapUsed(), monitor.peakHeapAfterGc(), monitor.maxHeap(),
                ResourceMonitor.rss(),
                monitor.brokerRss(), outboxHeld);
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("peakHeapUsedBytes", m.peakHeap);
        j.put("peakHeapAfterGcBytes", m.peakHeapAfterGc);
        j.put("maxHeapBytes", m.maxHeap);
        j.put("rssBytes", m.rss[0]);
        j.put("peakRssBytes", m.rss[1]);
        if (m.brokerRss != null) {
            j.put("brokerRssBytes", m.brokerRss[0]);
            j.put("brokerPeakRssBytes", m.brokerRss[1]);
        }
        j.put("heapAfterGcNoCaseBytes", heapBaseline);
        j.put("heapAfterGcBytes", heapAfter);
        j.put("casesHeld", casesHeld);
        j.put("heapBytesPerCaseHeld", m.bytesPerCase());
        Map<String, Object> outbox = new LinkedHashMap<>();
        outboxHeld.forEach((service, h) -> outbox.put(service, ordered("rows", h[0], "payloadBytes", h[1])));
        j.put("outboxHeld", outbox);
        report.put("memory", j);
        return m;
    }

    // ---------------------------------------------------------------- replay

    private static final String REPLAY_WARMUP = "replayWarmup";

    /**
     * The measured replay, after a replay of {@code warmupEvents} case events ({@code --replay-warmup}, default 0: none)
     * whose figures are printed and kept in the JSON report under {@code replayWarmup} but left out of the summary. The
     * load's poll batches are small; a replay's are full (500 records), and new service instances in this JVM meet them
     * first in the measured replay, whose JIT compilers used 0.21–0.29 of a core in the seventeenth and eighteenth
     * sessions' runs: the warm-up replay takes that out, as for a replica that has consumed a backlog before.
     */
    private Map<String, Object> replays(Store store, HarnessBroker broker, int partitions, List<CaseEventEnvelope> template,
                                        int warmupEvents, int events, long seed, Duration timeout) throws Exception {
        if (warmupEvents > 0) {
            replay(store, broker, partitions, template, warmupEvents, seed, timeout, REPLAY_WARMUP);
        }
        return replay(store, broker, partitions, template, events, seed, timeout, "replay");
    }

    /**
     * The replay on {@code broker}: by default the load's (its JIT warm, as a long-running broker's; the platform's topics
     * and every consumer group deleted and the topics created again empty), or a fresh one ({@code --replay-broker
     * fresh}, as before the seventeenth session, whose replays included about 0.16 of a core of the new broker JVM's
     * compilers).
     */
    private Map<String, Object> replay(Store store, HarnessBroker broker, int partitions, List<CaseEventEnvelope> template,
                                       int events, long seed, Duration timeout, String key) throws Exception {
        int cases = (events + template.size() - 1) / template.size();
        System.out.printf(Locale.ROOT, "%n%s: %s and fresh databases; %,d whole cases (%d case events each) written "
                + "to the case-events topic before the services start …%n", key.equals(REPLAY_WARMUP)
                ? "REPLAY WARM-UP (not measured: the JIT compiles the code of full poll batches)" : "REPLAY",
                option("replay-broker", "load").equals("fresh")
                ? "a fresh broker" : "the load's broker (its topics and consumer groups deleted, the topics created again)",
                cases, template.size());
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("broker", option("replay-broker", "load"));
        Replay.Written written = Replay.write(broker.bootstrapServers(), partitions, template, cases, seed);
        System.out.printf(Locale.ROOT, "  wrote %,d case events (mean %.0f B) in %.1f s (%,.0f records/s)%n", written.events(),
                written.meanValueBytes(), written.seconds(), written.events() / written.seconds());
        Map<String, RunningPlatform.Database> databases = store.fresh("replay");
        Map<String, Long> roundTripsBefore = new LinkedHashMap<>();
        Store.SERVICES.forEach(service -> roundTripsBefore.put(service, RoundTrips.count(service)));
        long start = WallClock.nowMicros();
        long[] cpuBefore = ResourceMonitor.cpuTicks(broker.pid());
        RunningPlatform platform = RunningPlatform.startOn(broker.bootstrapServers(), databases::get,
                withPartitions(store, partitions));
        try {
            System.out.printf(Locale.ROOT, "  services started in %.1f s (their consumers start with them, one service after another)%n",
                    (WallClock.nowMicros() - start) / 1e6);
            List<Replay.Progress> progress = Replay.follow(broker.bootstrapServers(), written.events(), start, timeout);
            long end = WallClock.nowMicros();
            // the services' start-up, their consumption and the harness's polling of the offsets, all in this JVM
            double[] cpu = ResourceMonitor.cpuSince(cpuBefore, ResourceMonitor.cpuTicks(broker.pid()), (end - start) / 1e6);
            System.out.printf(Locale.ROOT, "  CPU from the services' start until the last caught up, %.1f s (cores of %d): this JVM "
                            + "%.2f, of which its JIT compilers %.2f; broker JVM %s, whole machine %.2f%n", (end - start) / 1e6,
                    Runtime.getRuntime().availableProcessors(), cpu[0], cpu[3], brokerCpu(cpu), cpu[2]);
            j.put("cpuCores", cpuJson(cpu));
            List<Object> services = new ArrayList<>();
            for (Replay.Progress p : progress) {
                long processed = ServiceTimes.count(databases.get(p.service()), "select count(*) from processed_event");
                System.out.printf(Locale.ROOT, "  %-12s %s: %,.0f case events/s (from its first commit until caught up)%s; "
                                + "processed_event rows now %,d (case events and, for deadline and publication, the CaseAssessed "
                                + "written meanwhile)%n", p.service(), p.caughtUp() ? String.format(Locale.ROOT,
                                "caught up %.1f s after the services started", (p.caughtUpMicros() - start) / 1e6)
                                : String.format(Locale.ROOT, "NOT caught up after %d s (%,d of %,d)", timeout.toSeconds(),
                                p.committed(), p.events()), p.perSecond(end), p.caughtUp() ? "" : " so far", processed);
                System.out.printf(Locale.ROOT, "  %-12s all its input (%s): %,d events, %s, %,.0f events/s%n", "",
                        String.join(", ", Replay.INPUTS.get(p.service()).keySet().stream().sorted().toList()),
                        p.allCommitted(), p.allCaughtUp() ? String.format(Locale.ROOT,
                                "caught up %.1f s after the services started", (p.allCaughtUpMicros() - start) / 1e6)
                                : "NOT caught up", p.allPerSecond(end));
                // from the services' start (migrations, relay rounds and timer sweeps included) until all caught up
                long roundTrips = RoundTrips.count(p.service()) - roundTripsBefore.getOrDefault(p.service(), 0L);
                if (store.kind() == Store.Kind.POSTGRES) {
                    System.out.printf(Locale.ROOT, "  %-12s round trips to PostgreSQL: %,d (%.3f per event of its input)%n",
                            "", roundTrips, p.allCommitted() == 0 ? 0.0 : roundTrips / (double) p.allCommitted());
                }
                Map<String, Object> s = p.toJson(end);
                s.put("processedEventRows", processed);
                if (store.kind() == Store.Kind.POSTGRES) {
                    s.put("roundTrips", roundTrips);
                }
                services.add(s);
            }
            long deadLetters = deadLetters(broker.bootstrapServers());
            System.out.printf(Locale.ROOT, "  dead letters on the *.dlq topics: %,d%n", deadLetters);
            j.put("deadLetters", deadLetters);
            j.put("caseEvents", written.events());
            j.put("writeRecordsPerSecond", written.events() / written.seconds());
            j.put("services", services);
        } finally {
            closeWithin(platform, Duration.ofSeconds(60));
            store.release(databases);
        }
        report.put(key, j);
        return j;
    }

    // ---------------------------------------------------------------- summary

    @SuppressWarnings("unchecked")
    private void summary(RawBaseline.Result raw, List<RateResult> results, int recordsPerCase, Memory memory,
                         Map<String, Object> replay) {
        System.out.println();
        System.out.println("SUMMARY");
        if (raw != null) {
            System.out.printf(Locale.ROOT, "raw broker: produce %,.0f records/s, consume %,.0f records/s (records of %d B); the platform "
                    + "puts %d records on the topics per case%n", raw.producePerSecond(), raw.consumePerSecond(), raw.valueBytes(), recordsPerCase);
        }
        System.out.println("| offered cases/s | finished/due | refused/failed/timed out/shed | completed cases/s | records/s | % of raw "
                + "| → CaseAssessed (first) p99 ms | → summary drafted p50 / p99 / max ms | sustained |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        RateResult best = null;
        for (RateResult r : results) {
            int last = CaseTrack.STAGES.length - 1;
            System.out.printf(Locale.ROOT, "| %s | %,d / %,d | %d / %d / %d / %d | %.1f | %,.0f | %.2f%% | %s | %s / %s / %s | %s |%n",
                    number(r.rate), r.completed, r.inWindow, r.outcomes.getOrDefault(CaseRun.Outcome.REFUSED, 0),
                    r.outcomes.getOrDefault(CaseRun.Outcome.FAILED, 0) + r.outcomes.getOrDefault(CaseRun.Outcome.ERROR, 0),
                    r.outcomes.getOrDefault(CaseRun.Outcome.TIMED_OUT, 0), r.outcomes.getOrDefault(CaseRun.Outcome.SHED, 0),
                    r.completedPerSecond, r.recordsPerSecond, 100 * r.ratioToRaw, Distribution.ms(r.fromPost[1].percentile(99)),
                    Distribution.ms(r.fromPost[last].percentile(50)), Distribution.ms(r.fromPost[last].percentile(99)),
                    Distribution.ms(r.fromPost[last].max()), r.sustained() ? "yes" : r.verdict().replace("NOT sustained", "NO"));
            if (r.sustained() && (best == null || r.rate > best.rate)) {
                best = r;
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        if (best != null && raw != null) {
            System.out.printf(Locale.ROOT, "highest offered rate sustained: %s cases/s = %,.0f records/s = %.2f%% of the raw broker rate "
                    + "(goal ≥ 25%%)%n", number(best.rate), best.recordsPerSecond, 100 * best.ratioToRaw);
            s.put("highestSustainedCasesPerSecond", best.rate);
            s.put("highestSustainedRatioToRaw", best.ratioToRaw);
        } else if (!results.isEmpty()) {
            System.out.println("no offered rate was sustained");
        }
        for (RateResult r : results) {
            if (r.rate == 200) {
                int last = CaseTrack.STAGES.length - 1;
                boolean met = r.sustained() && r.fromPost[last].percentile(99) <= 500_000 && r.fromPost[1].percentile(99) <= 200_000;
                System.out.printf(Locale.ROOT, "target at 200 cases/s (all sustained, p99 POST → summary drafted ≤ 500 ms, p99 POST → "
                                + "CaseAssessed ≤ 200 ms): %s (p99 %s ms and %s ms)%n", met ? "met" : "NOT met",
                        Distribution.ms(r.fromPost[last].percentile(99)), Distribution.ms(r.fromPost[1].percentile(99)));
                s.put("target200Met", met);
            }
        }
        if (memory != null) {
            System.out.printf(Locale.ROOT, "memory: peak heap used %,d MiB (after a collection %,d MiB), peak RSS %,d MiB, %,.1f KB of "
                            + "heap per case held (%,d cases)%n", memory.peakHeap / (1024 * 1024), memory.peakHeapAfterGc / (1024 * 1024),
                    memory.rss[1] / (1024 * 1024), memory.bytesPerCase() / 1024, memory.casesHeld);
        }
        if (replay != null && replay.get("services") != null) {
            StringBuilder line = new StringBuilder("replay of " + String.format(Locale.ROOT, "%,d", (Integer) replay.get("caseEvents"))
                    + " case events (goal ≥ 5,000/s per service):");
            for (Object o : (List<Object>) replay.get("services")) {
                Map<String, Object> p = (Map<String, Object>) o;
                line.append(String.format(Locale.ROOT, " %s %,.0f/s%s;", p.get("service"), (Double) p.get("eventsPerSecond"),
                        Boolean.TRUE.equals(p.get("caughtUp")) ? "" : " (not caught up)"));
            }
            System.out.println(line);
            StringBuilder all = new StringBuilder("replay, all of each service's input (its case events and what the services "
                    + "upstream published meanwhile):");
            for (Object o : (List<Object>) replay.get("services")) {
                Map<String, Object> p = (Map<String, Object>) o;
                all.append(String.format(Locale.ROOT, " %s %,d events at %,.0f/s, done %s s after start;", p.get("service"),
                        (Long) p.get("allInputEvents"), (Double) p.get("allInputEventsPerSecond"),
                        p.get("secondsFromServicesStartToAllInputCaughtUp") == null ? "not"
                                : String.format(Locale.ROOT, "%.1f", (Double) p.get("secondsFromServicesStartToAllInputCaughtUp"))));
            }
            System.out.println(all);
        }
        report.put("summary", s);
    }

    // ---------------------------------------------------------------- helpers

    /** A map for the JSON report that keeps its keys in the order given: key, value, key, value … */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return m;
    }

    /** Records on the dead-letter topics (their end offsets): anything a consumer could not process. */
    private static long deadLetters(String bootstrap) {
        try (org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                Map.of(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = new ArrayList<>();
            for (org.sanctionsplatform.schemas.Topic<?> topic : org.sanctionsplatform.schemas.Topics.all()) {
                consumer.partitionsFor(topic.dlq(), Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())));
            }
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static String number(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
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
