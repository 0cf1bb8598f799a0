package org.sanctionsplatform.bench.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineOpened;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.events.publications.PublicationDrafted;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.schemas.Topics;

/**
 * One consumer per output topic of the platform (case events, assessments, deadlines, publications), each on its own
 * thread, assigned every partition and positioned at the end before the load starts (no consumer group, so nothing
 * rebalances and the services' groups are untouched). Each record is decoded with the project's serde and matched to
 * its case by the record key; the observer notes when it received it. For the consume-time figures it also keeps,
 * per event id of the two topics the services consume, the record's timestamp (CreateTime: when the producing
 * service's relay handed it to its Kafka producer), and it measures the encoded sizes for the raw baseline.
 */
final class TopicObservers implements AutoCloseable {

    /** The four observed topics, in the order the sizes are reported. */
    static final List<Topic<?>> TOPICS = List.of(Topics.CASE_EVENTS, Topics.ASSESSMENTS, Topics.DEADLINES, Topics.PUBLICATIONS);

    private final Map<String, CaseTrack> tracks = new ConcurrentHashMap<>();
    private final Map<String, Long> caseEventTimestamps = new ConcurrentHashMap<>();
    private final Map<String, Long> assessmentTimestamps = new ConcurrentHashMap<>();
    private final AtomicLong[] records = new AtomicLong[TOPICS.size()];
    private final AtomicLong[] valueBytes = new AtomicLong[TOPICS.size()];
    private final AtomicLong[] keyAndHeaderBytes = new AtomicLong[TOPICS.size()];
    private final List<KafkaConsumer<String, byte[]>> consumers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch positioned = new CountDownLatch(TOPICS.size());
    private volatile boolean stopped;
    private volatile Throwable failure;

    private TopicObservers() {
        for (int i = 0; i < TOPICS.size(); i++) {
            records[i] = new AtomicLong();
            valueBytes[i] = new AtomicLong();
            keyAndHeaderBytes[i] = new AtomicLong();
        }
    }

    /** Observers that read no topic: cases are tracked and attached, nothing is seen (the load generator's tests). */
    static TopicObservers detached() {
        return new TopicObservers();
    }

    /** Starts the four observers and returns once each is positioned at the end of its topic. */
    static TopicObservers start(String bootstrap) throws InterruptedException {
        TopicObservers observers = new TopicObservers();
        for (int i = 0; i < TOPICS.size(); i++) {
            int index = i;
            KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.CLIENT_ID_CONFIG, "bench-observer-" + TOPICS.get(i).name(),
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000),
                    new StringDeserializer(), new ByteArrayDeserializer());
            observers.consumers.add(consumer);
            Thread thread = new Thread(() -> observers.observe(index, consumer), "observer-" + TOPICS.get(i).name());
            thread.setDaemon(true);
            observers.threads.add(thread);
            thread.start();
        }
        if (!observers.positioned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the topic observers could not position themselves within 60 s", observers.failure);
        }
        observers.check();
        return observers;
    }

    private void observe(int index, KafkaConsumer<String, byte[]> consumer) {
        Topic<?> topic = TOPICS.get(index);
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic.name(), Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve the end offsets now, before the load starts
            positioned.countDown();
            while (!stopped) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                long at = WallClock.nowMicros();
                for (ConsumerRecord<String, byte[]> record : batch) {
                    observe(index, record, at);
                }
            }
        } catch (WakeupException e) {
            if (!stopped) {
                failure = e;
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            positioned.countDown();
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void observe(int index, ConsumerRecord<String, byte[]> record, long at) {
        records[index].incrementAndGet();
        valueBytes[index].addAndGet(record.value().length);
        long keyAndHeaders = record.key() == null ? 0 : record.key().length();
        for (Header h : record.headers()) {
            keyAndHeaders += h.key().length() + (h.value() == null ? 0 : h.value().length);
        }
        keyAndHeaderBytes[index].addAndGet(keyAndHeaders);
        CaseTrack track = tracks.computeIfAbsent(record.key(), k -> new CaseTrack());
        switch (index) {
            case 0 -> {
                CaseEventEnvelope e = Topics.CASE_EVENTS.decode(record.value());
                caseEventTimestamps.put(e.getEventId(), record.timestamp());
                track.caseEvent(e.getPayload(), e.getEventId(), at);
            }
            case 1 -> {
                AssessmentEventEnvelope e = Topics.ASSESSMENTS.decode(record.value());
                assessmentTimestamps.put(e.getEventId(), record.timestamp());
                if (e.getPayload() instanceof CaseAssessed) {
                    track.assessed(e.getCausationId(), at);
                }
            }
            case 2 -> {
                DeadlineEventEnvelope e = Topics.DEADLINES.decode(record.value());
                track.deadlineEvent(e.getPayload() instanceof DeadlineOpened opened
                        && opened.getWindow().getKind() == WindowKind.REPRESENTATIONS, at);
            }
            default -> {
                PublicationEventEnvelope e = Topics.PUBLICATIONS.decode(record.value());
                track.publicationEvent(e.getPayload() instanceof PublicationDrafted, at);
            }
        }
    }

    /** The track of a case, created if no record of it has arrived yet. */
    CaseTrack track(String caseId) {
        return tracks.computeIfAbsent(caseId, k -> new CaseTrack());
    }

    /** Record timestamp (ms) of a case event or an assessment by its event id; null if not observed. */
    Long caseEventTimestamp(String eventId) {
        return caseEventTimestamps.get(eventId);
    }

    Long assessmentTimestamp(String eventId) {
        return assessmentTimestamps.get(eventId);
    }

    long records(int topic) {
        return records[topic].get();
    }

    /** Mean encoded value size of the records observed on a topic, in bytes. */
    double meanValueBytes(int topic) {
        long n = records[topic].get();
        return n == 0 ? 0 : (double) valueBytes[topic].get() / n;
    }

    double meanKeyAndHeaderBytes(int topic) {
        long n = records[topic].get();
        return n == 0 ? 0 : (double) keyAndHeaderBytes[topic].get() / n;
    }

    /** Forgets what was seen so far (between rates), so the next rate's figures and memory start clean. */
    void forget() {
        tracks.clear();
        caseEventTimestamps.clear();
        assessmentTimestamps.clear();
    }

    void check() {
        if (failure != null) {
            throw new IllegalStateException("a topic observer failed: " + failure, failure);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        consumers.forEach(KafkaConsumer::wakeup);
        for (Thread t : threads) {
            t.join(5_000);
        }
    }
}
