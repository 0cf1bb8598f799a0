package org.sanctionsplatform.intake.adapters.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.sanctionsplatform.support.scheduling.BackgroundLoops;
import org.sanctionsplatform.support.scheduling.PeriodicTask;

/**
 * How far behind the platform's consumers are with what has been published to them (issue "Pipeline speed", 2:
 * "nothing slows intake down"). Once a {@code sep.intake.downstream-lag-interval} (default 1 s) this asks the broker,
 * with Kafka's admin client, for the offsets each consumer group in {@code sep.intake.downstream-groups} has committed
 * and for the end offsets of those partitions: a group's lag is the sum over its partitions of the records it has not
 * processed yet (on every topic it reads, so publication's lag on the assessments counts as much as on the case
 * events). Intake's admission control ({@code WriteAdmission}) refuses new cases while a group is more than
 * {@code sep.intake.max-downstream-lag} events behind: accepting them would only lengthen the queue every case waits
 * in, and take the CPU the consumers need to drain it, so that the platform finished fewer cases per second the more it
 * was offered.
 *
 * <p>What does not count: a group that has committed no offset yet (a service not deployed, or before its first
 * batch), and a measurement older than {@code max(10 s, 5 intervals)}: while the broker cannot be asked (an outage,
 * during which intake goes on taking writes into its outbox, issue 11.4) the last figure would be stale, so intake
 * admits as if there were no lag rather than refuse for a reason it can no longer see. The loop's failures are
 * logged with their stack trace and counted on {@code sep.loops.failures{loop="downstream-lag"}}, but do not turn
 * readiness DOWN. The measured lag is the gauge {@code sep.intake.downstream.lag{group}} (NaN while unknown).
 */
@Context
public class DownstreamLag {

    static final String LOOP = "downstream-lag";
    static final String GAUGE = "sep.intake.downstream.lag";

    private final Admin admin;
    private final BackgroundLoops loops;
    private final List<String> groups;
    private final Duration interval;
    private final long staleAfterNanos;
    private final LongSupplier nanoTime;
    private volatile Reading last;
    private PeriodicTask loop;

    /** The lags measured at one moment ({@link System#nanoTime()}), by group; groups without committed offsets absent. */
    record Reading(Map<String, Long> lagByGroup, long takenAtNanos) {
    }

    /** A group over the limit: its name and how many events it has not processed yet. */
    public record Behind(String group, long events) {
    }

    @Inject
    DownstreamLag(AdminClient admin, BackgroundLoops loops, MeterRegistry registry,
                  @Value("${sep.intake.downstream-groups:assessment-service,deadline-service,"
                          + "deadline-service.assessments,publication-service}") List<String> groups,
                  @Value("${sep.intake.downstream-lag-interval:1s}") Duration interval) {
        this(admin, loops, registry, groups, interval, System::nanoTime);
    }

    DownstreamLag(Admin admin, BackgroundLoops loops, MeterRegistry registry, List<String> groups, Duration interval,
                  LongSupplier nanoTime) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("sep.intake.downstream-lag-interval must be positive, not " + interval);
        }
        this.admin = admin;
        this.loops = loops;
        this.groups = groups.stream().map(String::trim).filter(g -> !g.isEmpty()).distinct().toList();
        this.interval = interval;
        this.staleAfterNanos = Math.max(Duration.ofSeconds(10).toNanos(), interval.multipliedBy(5).toNanos());
        this.nanoTime = nanoTime;
        for (String group : this.groups) {
            Gauge.builder(GAUGE, this, lag -> lag.lagOf(group).map(Long::doubleValue).orElse(Double.NaN))
                    .description("Events the consumer group has not processed yet, over all the partitions it reads "
                            + "(NaN while unknown: no offset committed, or the broker not answering)")
                    .baseUnit("events").tag("group", group).register(registry);
        }
    }

    @PostConstruct
    void startLoop() {
        if (!groups.isEmpty()) {
            loop = loops.startReportedOnly(LOOP, Duration.ZERO, interval, this::measure);
        }
    }

    @PreDestroy
    void stopLoop() {
        if (loop != null) {
            loop.close();
        }
    }

    /** The group furthest behind, if one is more than {@code limit} events behind by a measurement that is not stale. */
    public Optional<Behind> behindBy(long limit) {
        Reading reading = fresh();
        if (reading == null) {
            return Optional.empty();
        }
        return reading.lagByGroup().entrySet().stream()
                .filter(e -> e.getValue() > limit)
                .max(Map.Entry.comparingByValue())
                .map(e -> new Behind(e.getKey(), e.getValue()));
    }

    /** A group's lag by the last measurement that is not stale; empty if it has committed nothing or none is fresh. */
    public Optional<Long> lagOf(String group) {
        Reading reading = fresh();
        return reading == null ? Optional.empty() : Optional.ofNullable(reading.lagByGroup().get(group));
    }

    private Reading fresh() {
        Reading reading = last;
        return reading == null || nanoTime.getAsLong() - reading.takenAtNanos() > staleAfterNanos ? null : reading;
    }

    /** One round: the groups' committed offsets, the end offsets of their partitions, the difference. */
    void measure() {
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, Math.max(1_000, interval.multipliedBy(5).toMillis()));
        Map<String, ListConsumerGroupOffsetsSpec> specs = new LinkedHashMap<>();
        groups.forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
        ListConsumerGroupOffsetsResult listed = admin.listConsumerGroupOffsets(specs,
                new ListConsumerGroupOffsetsOptions().timeoutMs(timeoutMs));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new LinkedHashMap<>();
        Set<TopicPartition> partitions = new HashSet<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            get(listed.partitionsToOffsetAndMetadata(group), timeoutMs).forEach((partition, offset) -> {
                if (offset != null) { // a partition the group has no offset for is listed with null
                    offsets.put(partition, offset);
                }
            });
            committed.put(group, offsets);
            partitions.addAll(offsets.keySet());
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = partitions.isEmpty() ? Map.of()
                : get(admin.listOffsets(partitions.stream().collect(
                        Collectors.toMap(p -> p, p -> OffsetSpec.latest())),
                        new ListOffsetsOptions().timeoutMs(timeoutMs)).all(), timeoutMs);
        Map<String, Long> lags = new LinkedHashMap<>();
        committed.forEach((group, offsets) -> {
            if (!offsets.isEmpty()) {
                long lag = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
                    ListOffsetsResult.ListOffsetsResultInfo end = ends.get(e.getKey());
                    lag += end == null ? 0 : Math.max(0, end.offset() - e.getValue().offset());
                }
                lags.put(group, lag);
            }
        });
        last = new Reading(Map.copyOf(lags), nanoTime.getAsLong());
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future, int timeoutMs) {
        try {
            return future.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the broker for the consumers' offsets", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the broker did not tell the consumers' offsets", e);
        }
    }
}
