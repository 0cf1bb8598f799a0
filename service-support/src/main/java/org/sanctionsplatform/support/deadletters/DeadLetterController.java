package org.sanctionsplatform.support.deadletters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.avro.generic.GenericRecord;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.DeadLetters;
import org.sanctionsplatform.support.deadletters.DeadLetterQueues.DeadLetter;
import org.sanctionsplatform.support.problem.FieldViolation;
import org.sanctionsplatform.support.problem.ProblemException;
import org.sanctionsplatform.support.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead letters an operator can act on (issue 11.6, docs/contracts.md "Dead letters"), in every service:
 * <ul>
 *   <li>{@code GET /dead-letters/{topic}?consumer=&key=&limit=} lists the dead letters of a contract topic (its
 *   {@code <topic>.dlq}) with where each came from, which consumer gave up on it and why, oldest first per partition,
 *   at most {@code limit} (default 100, at most 1,000);</li>
 *   <li>{@code POST /dead-letters/{topic}/redrive} with {@code {"records":[{"partition":0,"offset":12}]}} and/or
 *   {@code {"eventIds":["…"]}} publishes the chosen dead letters to the topic again, once per event id, after the
 *   cause has been fixed. Consumers skip event ids they processed before, so a second re-drive changes nothing.</li>
 * </ul>
 * Everything requested is checked before anything is published: an unknown position or event id, or a record no
 * released schema can decode (it would only be dead-lettered again), is a 400 naming it and nothing is re-driven.
 * For operators only: dead letters carry casework.
 */
@ExecuteOn(TaskExecutors.BLOCKING) // reads Kafka: never on the event loop
@Controller("/dead-letters")
@Secured(Roles.OPERATOR)
public class DeadLetterController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final int MAX_SELECTED = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterController.class);

    private final DeadLetterQueues queues;

    public DeadLetterController(DeadLetterQueues queues) {
        this.queues = queues;
    }

    /** One dead letter: its place in the dead-letter topic, its case (key) and event id, and why it is there. */
    @Serdeable
    public record DeadLetterView(int partition, long offset, Instant deadLetteredAt, String key,
                                 @Nullable String eventId, @Nullable String undecodable, @Nullable String consumer,
                                 @Nullable String reason, @Nullable String sourceTopic, @Nullable Integer sourcePartition,
                                 @Nullable Long sourceOffset, @Nullable String redrivenFrom) {
    }

    @Serdeable
    public record DeadLetterList(String topic, String deadLetterTopic, List<DeadLetterView> deadLetters,
                                 boolean truncated) {
    }

    /** A dead letter's place in the dead-letter topic. */
    @Serdeable
    public record Position(@Nullable Integer partition, @Nullable Long offset) {
    }

    @Serdeable
    public record RedriveRequest(@Nullable List<Position> records, @Nullable List<String> eventIds) {
    }

    @Serdeable
    public record RedrivenView(String eventId, Position deadLetter, String topic, int partition, long offset) {
    }

    @Serdeable
    public record RedriveResult(String topic, List<RedrivenView> redriven) {
    }

    @Get("/{topic}")
    public DeadLetterList listDeadLetters(String topic, @QueryValue @Nullable String consumer, @QueryValue @Nullable String key,
                               @QueryValue @Nullable String limit) {
        Topic<?> source = contractTopic(topic);
        int pageSize = limit(limit);
        Predicate<DeadLetter> filter = letter -> (consumer == null || consumer.equals(letter.header(DeadLetters.CONSUMER)))
                && (key == null || key.equals(letter.key()));
        DeadLetterQueues.Page page = read(source, filter, pageSize);
        return new DeadLetterList(source.name(), source.dlq(),
                page.letters().stream().map(l -> view(source, l)).toList(), page.truncated());
    }

    @Post("/{topic}/redrive")
    public RedriveResult redriveDeadLetters(String topic, @Body RedriveRequest request) {
        Topic<?> source = contractTopic(topic);
        List<Position> positions = request.records() == null ? List.of() : request.records();
        List<String> eventIds = request.eventIds() == null ? List.of() : request.eventIds();
        List<FieldViolation> violations = new ArrayList<>();
        if (positions.isEmpty() && eventIds.isEmpty()) {
            violations.add(new FieldViolation("records", "name at least one dead letter by position (records) or by eventIds"));
        }
        if (positions.size() + eventIds.size() > MAX_SELECTED) {
            violations.add(new FieldViolation("records", "at most " + MAX_SELECTED + " dead letters at once"));
        }
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            if (p == null || p.partition() == null || p.partition() < 0) {
                violations.add(new FieldViolation("records[" + i + "].partition", "must be a partition number, 0 or more"));
            }
            if (p == null || p.offset() == null || p.offset() < 0) {
                violations.add(new FieldViolation("records[" + i + "].offset", "must be an offset, 0 or more"));
            }
        }
        for (int i = 0; i < eventIds.size(); i++) {
            if (eventIds.get(i) == null || eventIds.get(i).isBlank()) {
                violations.add(new FieldViolation("eventIds[" + i + "]", "must be an event id"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }

        Set<String> wantedPositions = positions.stream().map(p -> p.partition() + "@" + p.offset())
                .collect(Collectors.toSet());
        Set<String> wantedIds = new HashSet<>(eventIds);
        Map<DeadLetter, String> idOf = new LinkedHashMap<>();
        Map<DeadLetter, String> undecodable = new LinkedHashMap<>();
        DeadLetterQueues.Page page = read(source, letter -> {
            boolean byPosition = wantedPositions.contains(letter.partition() + "@" + letter.offset());
            if (!byPosition && wantedIds.isEmpty()) {
                return false;
            }
            Decoded decoded = decode(source, letter);
            if (decoded.eventId() != null && (byPosition || wantedIds.contains(decoded.eventId()))) {
                idOf.put(letter, decoded.eventId());
                return true;
            }
            if (byPosition) {
                undecodable.put(letter, decoded.undecodable());
                return true;
            }
            return false;
        }, Integer.MAX_VALUE);

        Set<String> foundPositions = page.letters().stream().map(l -> l.partition() + "@" + l.offset())
                .collect(Collectors.toSet());
        Set<String> foundIds = new HashSet<>(idOf.values());
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            if (!foundPositions.contains(p.partition() + "@" + p.offset())) {
                violations.add(new FieldViolation("records[" + i + "]", "no dead letter at partition " + p.partition()
                        + " offset " + p.offset() + " of " + source.dlq()));
            }
        }
        undecodable.forEach((letter, why) -> violations.add(new FieldViolation(
                "records[" + indexOf(positions, letter) + "]", "cannot be decoded with any released schema, so it would "
                + "only be dead-lettered again: " + why)));
        for (int i = 0; i < eventIds.size(); i++) {
            if (!foundIds.contains(eventIds.get(i))) {
                violations.add(new FieldViolation("eventIds[" + i + "]", "no dead letter with event id " + eventIds.get(i)
                        + " in " + source.dlq()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }

        // once per event id: a second copy would only be skipped by every consumer (the latest dead letter is kept,
        // with the newest headers)
        Map<String, DeadLetter> latestPerEvent = new LinkedHashMap<>();
        page.letters().forEach(l -> latestPerEvent.put(idOf.get(l), l));
        List<DeadLetterQueues.Redriven> redriven;
        try {
            redriven = queues.redrive(source, List.copyOf(latestPerEvent.values()));
        } catch (DeadLetterQueues.DeadLetterReadException e) {
            LOG.error("re-drive to {} failed", source.name(), e);
            throw ProblemException.unavailable("Kafka did not take the re-driven records in time; list the topic to see "
                    + "what was re-driven and try again (a second re-drive of the same event is harmless)",
                    Duration.ofSeconds(5));
        }
        return new RedriveResult(source.name(), redriven.stream().map(r -> new RedrivenView(idOf.get(r.from()),
                new Position(r.from().partition(), r.from().offset()), r.topic(), r.partition(), r.offset())).toList());
    }

    private DeadLetterQueues.Page read(Topic<?> source, Predicate<DeadLetter> filter, int limit) {
        try {
            return queues.read(source, filter, limit);
        } catch (DeadLetterQueues.DeadLetterReadException e) {
            LOG.error("cannot read the dead letters of {}", source.name(), e);
            throw ProblemException.unavailable("Kafka did not answer in time while reading " + source.dlq(),
                    Duration.ofSeconds(5));
        }
    }

    private static int indexOf(List<Position> positions, DeadLetter letter) {
        for (int i = 0; i < positions.size(); i++) {
            if (Objects.equals(positions.get(i).partition(), letter.partition())
                    && Objects.equals(positions.get(i).offset(), letter.offset())) {
                return i;
            }
        }
        return -1;
    }

    private record Decoded(@Nullable String eventId, @Nullable String undecodable) {
    }

    private static Decoded decode(Topic<?> source, DeadLetter letter) {
        try {
            Object event = source.decode(letter.value());
            return new Decoded(String.valueOf(((GenericRecord) event).get("eventId")), null);
        } catch (RuntimeException e) { // the serde raises SerializationException with the reason
            return new Decoded(null, e.getMessage());
        }
    }

    private static DeadLetterView view(Topic<?> source, DeadLetter letter) {
        Decoded decoded = decode(source, letter);
        return new DeadLetterView(letter.partition(), letter.offset(), letter.timestamp(), letter.key(),
                decoded.eventId(), decoded.undecodable(), letter.header(DeadLetters.CONSUMER),
                letter.header(DeadLetters.ERROR_MESSAGE), letter.header(DeadLetters.SOURCE_TOPIC),
                number(letter.header(DeadLetters.SOURCE_PARTITION), Integer::valueOf),
                number(letter.header(DeadLetters.SOURCE_OFFSET), Long::valueOf),
                letter.header(DeadLetterQueues.REDRIVEN_FROM));
    }

    private static <N> N number(String text, java.util.function.Function<String, N> parse) {
        try {
            return text == null ? null : parse.apply(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Topic<?> contractTopic(String name) {
        return Topics.byName(name).orElseThrow(() -> ProblemException.notFound("no contract topic " + name
                + "; the topics are " + Topics.all().stream().map(Topic::name).collect(Collectors.joining(", "))));
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        String rule = "must be a whole number of dead letters from 1 to " + MAX_LIMIT;
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("limit", rule + ", was '" + text + "'");
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.invalid("limit", rule + ", was " + value);
        }
        return value;
    }
}
