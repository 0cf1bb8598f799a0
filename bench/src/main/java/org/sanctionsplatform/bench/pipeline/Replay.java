package org.sanctionsplatform.bench.pipeline;

import com.fasterxml.uuid.UUIDClock;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.Topics;

/**
 * Replay: case events already on the topic, consumers started from zero. The events are whole cases as intake writes
 * them: the case events of one case that intake produced during the run (read back from the topic) serve as the
 * template, and each replayed case is a deep copy in which every id (case, subjects, breach, milestone, events), the
 * case reference and the correlation id are replaced by fresh ones (event ids as intake makes them), with the envelope's
 * instants set to the time of writing. Each case's events go in order under its case id as the key, as intake's relay
 * sends them. Progress is read from the consuming services' consumer groups (committed offsets on the case-events
 * topic, and then on every topic the service reads, committed after each poll batch), sampled every 100 ms.
 */
final class Replay {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Replay() {
    }

    /** The case events of one case, in offset order, read from the beginning of the case-events topic. */
    static List<CaseEventEnvelope> template(String bootstrap, String caseId, int expected) {
        List<CaseEventEnvelope> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.CASE_EVENTS_NAME).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (events.size() < expected && System.nanoTime() < giveUp) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (caseId.equals(record.key())) {
                        events.add(Topics.CASE_EVENTS.decode(record.value()));
                    }
                }
            }
        }
        if (events.size() < expected) {
            throw new IllegalStateException("found " + events.size() + " of " + expected + " case events of template case " + caseId);
        }
        return events;
    }

    record Written(int cases, int events, double seconds, double meanValueBytes) {
    }

    /**
     * Creates the platform's topics (as the services would) and writes {@code cases} copies of the template case. On a
     * broker that already has them (the load's, reused for the replay), first deletes them and every consumer group, so
     * the replay starts from empty topics and consumers from zero, as on a fresh broker.
     */
    static Written write(String bootstrap, int partitions, List<CaseEventEnvelope> template, int cases, long seed) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            clear(admin);
            List<NewTopic> topics = Topics.allNamesWithDeadLetters().stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList();
            long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                try {
                    admin.createTopics(topics).all().get();
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    // a deleted topic's name stays taken until the controller has finished deleting it
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) || System.nanoTime() > giveUp) {
                        throw e;
                    }
                    Thread.sleep(200);
                    Set<String> present = admin.listTopics().names().get();
                    topics = topics.stream().filter(t -> !present.contains(t.name())).toList();
                    if (topics.isEmpty()) {
                        break;
                    }
                }
            }
            awaitLeaders(admin, bootstrap, Topics.CASE_EVENTS_NAME);
        }
        CaseCopier copier = new CaseCopier(template, seed);
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-replay-writer");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        AtomicReference<Exception> failed = new AtomicReference<>();
        long bytes = 0;
        int events = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int n = 0; n < cases; n++) {
                for (CaseEventEnvelope copy : copier.next(n, Instant.now())) {
                    byte[] value = Topics.CASE_EVENTS.encode(copy);
                    bytes += value.length;
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CASE_EVENTS_NAME, copy.getCaseId(), value);
                    record.headers().add(new RecordHeader("eventId", copy.getEventId().getBytes(StandardCharsets.UTF_8)));
                    producer.send(record, (metadata, error) -> {
                        if (error != null) {
                            failed.compareAndSet(null, error);
                        }
                    });
                    events++;
                }
            }
            producer.flush();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("writing the replay events failed: " + failed.get(), failed.get());
        }
        return new Written(cases, events, (System.nanoTime() - start) / 1e9, (double) bytes / events);
    }

    /**
     * Deletes the platform's topics (and their dead-letter topics) and every consumer group, if there are any, and waits
     * until the topics are gone. The groups have no members left: the load's services and observers are closed first.
     */
    static void clear(Admin admin) throws Exception {
        Set<String> platform = new java.util.HashSet<>(Topics.allNamesWithDeadLetters());
        Set<String> present = new java.util.HashSet<>(admin.listTopics().names().get());
        present.retainAll(platform);
        List<String> groups = admin.listConsumerGroups().all().get().stream()
                .map(org.apache.kafka.clients.admin.ConsumerGroupListing::groupId).toList();
        if (!groups.isEmpty()) {
            admin.deleteConsumerGroups(groups).all().get();
        }
        if (present.isEmpty()) {
            return;
        }
        admin.deleteTopics(present).all().get();
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (admin.listTopics().names().get().stream().anyMatch(platform::contains)) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("the platform's topics were not deleted within 60 s");
            }
            Thread.sleep(200);
        }
    }

    /**
     * Waits until a new topic's partitions answer as leaders. The controller acknowledges a creation, and the metadata
     * names a leader, before the broker acts as one; an idempotent producer that writes many batches at once in that
     * moment was seen (Kafka 3.9.1) to be refused NOT_LEADER_OR_FOLLOWER and then OUT_OF_ORDER_SEQUENCE_NUMBER on every
     * retry until its delivery timeout. Asking each partition's leader for its end offset waits that moment out.
     */
    static void awaitLeaders(Admin admin, String bootstrap, String topic) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int partitions = -1;
        while (partitions < 0 && System.nanoTime() < giveUp) {
            try {
                var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
                if (description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    partitions = description.partitions().size();
                }
            } catch (java.util.concurrent.ExecutionException e) {
                // not visible yet
            }
            Thread.sleep(50);
        }
        if (partitions < 0) {
            throw new IllegalStateException("topic " + topic + " has no leader for every partition after 30 s");
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> all = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                all.add(new TopicPartition(topic, p));
            }
            consumer.endOffsets(all, Duration.ofSeconds(30));
        }
    }

    /**
     * Copies of a template case, each with fresh ids: every string of the template that looks like a UUID (case,
     * subjects, breaches, milestones, event ids) is replaced, the same string by the same new id throughout one copy,
     * the new ids made as intake makes them ({@code EventIds}: version 7, in order on the copy's instant), from a seeded
     * random source; the case reference becomes {@code OFSI-REPLAY-<n>} and the correlation id {@code replay-<n>}.
     */
    static final class CaseCopier {

        private final List<CaseEventEnvelope> template;
        private final List<String> ids = new ArrayList<>();
        /**
         * Ids as intake makes them (service-support's EventIds: version 7, in order on the time of writing), from the
         * same generator, here on the seeded random source and the instant the copy is made for.
         */
        private final TimeBasedEpochGenerator newIds;
        private long copyMillis;
        private final String caseReference;
        private final String correlationId;

        CaseCopier(List<CaseEventEnvelope> template, long seed) {
            this.template = List.copyOf(template);
            for (CaseEventEnvelope e : template) {
                collectIds(e, ids);
            }
            this.caseReference = ((org.sanctionsplatform.events.cases.CaseOpened) template.get(0).getPayload()).getCaseReference();
            this.correlationId = template.get(0).getCorrelationId();
            this.newIds = new TimeBasedEpochGenerator(new Random(seed), new UUIDClock() {
                @Override
                public long currentTimeMillis() {
                    return copyMillis;
                }
            });
        }

        /** The next copy (call with n = 0, 1, 2, … in turn), its envelopes' instants set to {@code now}. */
        List<CaseEventEnvelope> next(int n, Instant now) {
            Map<String, String> replace = new HashMap<>();
            copyMillis = now.toEpochMilli();
            for (String id : ids) {
                replace.put(id, newIds.generate().toString());
            }
            replace.put(caseReference, "OFSI-REPLAY-" + n);
            if (correlationId != null) {
                replace.put(correlationId, "replay-" + n);
            }
            List<CaseEventEnvelope> copies = new ArrayList<>();
            for (CaseEventEnvelope e : template) {
                CaseEventEnvelope copy = e.getSpecificData().deepCopy(e.getSchema(), e); // the class's model knows its logical types
                rewrite(copy, replace);
                copy.setOccurredAt(now);
                copy.setRecordedAt(now);
                copies.add(copy);
            }
            return copies;
        }
    }

    /** Every string in the record tree that looks like a UUID. */
    private static void collectIds(Object value, List<String> ids) {
        if (value instanceof CharSequence s) {
            if (UUID_TEXT.matcher(s).matches() && !ids.contains(s.toString())) {
                ids.add(s.toString());
            }
        } else if (value instanceof SpecificRecord r) {
            for (Schema.Field f : r.getSchema().getFields()) {
                collectIds(r.get(f.pos()), ids);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectIds(v, ids));
        }
    }

    /** Replaces, in place, every string of the record tree found in {@code replace}. */
    @SuppressWarnings("unchecked")
    private static Object rewrite(Object value, Map<String, String> replace) {
        if (value instanceof CharSequence s) {
            return replace.getOrDefault(s.toString(), s.toString());
        } else if (value instanceof SpecificRecord r) {
            for (Schema.Field f : r.getSchema().getFields()) {
                r.put(f.pos(), rewrite(r.get(f.pos()), replace));
            }
            return r;
        } else if (value instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            for (int i = 0; i < items.size(); i++) {
                items.set(i, rewrite(items.get(i), replace));
            }
            return items;
        }
        return value;
    }

    /**
     * Every topic a service consumes, with the consumer group that reads it there: its whole input in a replay is the
     * case events and what the services upstream of it publish meanwhile (assessment's CaseAssessed, deadline's events).
     */
    static final Map<String, Map<String, String>> INPUTS = Map.of(
            "assessment", Map.of(Topics.CASE_EVENTS_NAME, "assessment-service"),
            "deadline", Map.of(Topics.CASE_EVENTS_NAME, "deadline-service",
                    Topics.ASSESSMENTS_NAME, "deadline-service.assessments"),
            "publication", Map.of(Topics.CASE_EVENTS_NAME, "publication-service",
                    Topics.ASSESSMENTS_NAME, "publication-service", Topics.DEADLINES_NAME, "publication-service"));

    /** The services upstream of each: their output is part of its input. */
    private static final Map<String, List<String>> UPSTREAM = Map.of("assessment", List.of(),
            "deadline", List.of("assessment"), "publication", List.of("assessment", "deadline"));

    /**
     * How one service got through the replayed events: its case events (committed offsets of its case-events group), and
     * all its input (every topic it reads, {@link #INPUTS}): caught up with all of it once the services upstream have
     * caught up with theirs and it has committed every record on every one of its topics.
     */
    record Progress(String service, long events, long startMicros, long firstProgressMicros, long committedAtFirst,
                    long caughtUpMicros, long committed, long allCaughtUpMicros, long allCommitted,
                    long allCommittedAtFirst) {
        boolean caughtUp() {
            return caughtUpMicros > 0;
        }

        boolean allCaughtUp() {
            return allCaughtUpMicros > 0;
        }

        /** Case events per second from the first sample that showed progress until caught up (or until given up). */
        double perSecond(long endMicros) {
            long end = caughtUp() ? caughtUpMicros : endMicros;
            if (firstProgressMicros == 0 || end <= firstProgressMicros) {
                return 0;
            }
            return (committed - committedAtFirst) / ((end - firstProgressMicros) / 1e6);
        }

        /** Events of all its topics per second, from the first progress until caught up with all of them. */
        double allPerSecond(long endMicros) {
            long end = allCaughtUp() ? allCaughtUpMicros : endMicros;
            if (firstProgressMicros == 0 || end <= firstProgressMicros) {
                return 0;
            }
            return (allCommitted - allCommittedAtFirst) / ((end - firstProgressMicros) / 1e6);
        }

        Map<String, Object> toJson(long endMicros) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service", service);
            m.put("caseEvents", events);
            m.put("processed", committed);
            m.put("caughtUp", caughtUp());
            m.put("eventsPerSecond", perSecond(endMicros));
            m.put("secondsFromServicesStartToCaughtUp", caughtUp() ? (caughtUpMicros - startMicros) / 1e6 : null);
            m.put("allInputEvents", allCommitted);
            m.put("allInputCaughtUp", allCaughtUp());
            m.put("allInputEventsPerSecond", allPerSecond(endMicros));
            m.put("secondsFromServicesStartToAllInputCaughtUp",
                    allCaughtUp() ? (allCaughtUpMicros - startMicros) / 1e6 : null);
            return m;
        }
    }

    /**
     * Samples the committed offsets of each service's consumer groups every 100 ms until each has reached the end of the
     * case-events topic (every case event processed) and then the end of every topic it reads, or the timeout passes.
     */
    static List<Progress> follow(String bootstrap, long total, long startMicros, Duration timeout) throws Exception {
        // service → {firstProgressMicros, committedAtFirst, caughtUpMicros, committed, allCaughtUpMicros, allCommitted,
        // allCommittedAtFirst}
        Map<String, long[]> state = new LinkedHashMap<>();
        for (String service : List.of("assessment", "deadline", "publication")) {
            state.put(service, new long[7]);
        }
        long giveUp = WallClock.nowMicros() + timeout.toNanos() / 1_000;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // the services create the topics they publish to as they start
            Map<String, List<TopicPartition>> partitions = partitionsOf(admin, giveUp);
            while (WallClock.nowMicros() < giveUp && state.values().stream().anyMatch(s -> s[4] == 0)) {
                for (Map.Entry<String, long[]> e : state.entrySet()) {
                    long[] s = e.getValue();
                    if (s[4] != 0) {
                        continue;
                    }
                    Map<String, Map<TopicPartition, OffsetAndMetadata>> byGroup = new HashMap<>();
                    for (String group : new java.util.HashSet<>(INPUTS.get(e.getKey()).values())) {
                        byGroup.put(group, admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get());
                    }
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    INPUTS.get(e.getKey()).keySet().forEach(topic -> partitions.get(topic)
                            .forEach(tp -> latest.put(tp, OffsetSpec.latest())));
                    var ends = admin.listOffsets(latest).all().get();
                    long now = WallClock.nowMicros();
                    long committed = 0;
                    long allCommitted = 0;
                    boolean allAtTheEnd = true;
                    for (Map.Entry<String, String> input : INPUTS.get(e.getKey()).entrySet()) {
                        Map<TopicPartition, OffsetAndMetadata> offsets = byGroup.get(input.getValue());
                        for (TopicPartition tp : partitions.get(input.getKey())) {
                            OffsetAndMetadata o = offsets.get(tp);
                            long at = o == null ? 0 : o.offset();
                            allCommitted += at;
                            if (input.getKey().equals(Topics.CASE_EVENTS_NAME)) {
                                committed += at;
                            }
                            allAtTheEnd &= at >= ends.get(tp).offset();
                        }
                    }
                    s[3] = committed;
                    s[5] = allCommitted;
                    if (committed > 0 && s[0] == 0) {
                        s[0] = now;
                        s[1] = committed;
                        s[6] = allCommitted;
                    }
                    if (committed >= total && s[2] == 0) {
                        s[2] = now;
                    }
                    boolean upstreamDone = UPSTREAM.get(e.getKey()).stream().allMatch(u -> state.get(u)[4] != 0);
                    if (s[2] != 0 && upstreamDone && allAtTheEnd) {
                        s[4] = now;
                    }
                }
                Thread.sleep(100);
            }
        }
        List<Progress> result = new ArrayList<>();
        state.forEach((service, s) -> result.add(new Progress(service, total, startMicros, s[0], s[1], s[2], s[3], s[4],
                s[5], s[6])));
        return result;
    }

    /** The partitions of the three topics the services consume, once all three exist. */
    private static Map<String, List<TopicPartition>> partitionsOf(Admin admin, long giveUpMicros) throws Exception {
        List<String> topics = List.of(Topics.CASE_EVENTS_NAME, Topics.ASSESSMENTS_NAME, Topics.DEADLINES_NAME);
        while (true) {
            java.util.Set<String> existing = admin.listTopics().names().get();
            if (existing.containsAll(topics) || WallClock.nowMicros() > giveUpMicros) {
                Map<String, List<TopicPartition>> partitions = new LinkedHashMap<>();
                admin.describeTopics(topics).allTopicNames().get().forEach((topic, d) -> partitions.put(topic,
                        d.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList()));
                return partitions;
            }
            Thread.sleep(100);
        }
    }
}
