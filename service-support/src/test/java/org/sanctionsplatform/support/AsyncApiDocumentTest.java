package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.schemas.AvroSingleObjectSerde;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.DeadLetters;
import org.sanctionsplatform.support.deadletters.DeadLetterQueues;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docs/asyncapi.yaml is written by hand but cannot drift: every topic of the registry and its dead-letter topic is a
 * channel (and nothing else is), each topic's message payload is a reference to the .avsc file that is the topic's
 * current schema, the one producer that sends to it is the producer its schema names, and the dead-letter headers are
 * those that DeadLetters and the re-drive write.
 */
class AsyncApiDocumentTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern PRODUCER = Pattern.compile("producer ([a-z-]+)");

    @Test
    void everyTopicAndDeadLetterTopicOfTheRegistryIsAChannelAndNothingElseIs() throws IOException {
        Map<String, Object> document = document();
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        List<String> addresses = map(document, "channels").values().stream()
                .map(c -> (String) ((Map<?, ?>) c).get("address")).toList();
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.allNamesWithDeadLetters());
    }

    @Test
    void eachTopicsPayloadIsItsCurrentAvroSchemaAndItsOnlyProducerTheOneTheSchemaNames() throws IOException {
        Map<String, Object> document = document();
        for (Topic<?> topic : Topics.all()) {
            Map.Entry<String, Map<String, Object>> channel = channel(document, topic.name());
            Map<String, Object> message = message(document, channel.getValue());
            Map<String, Object> payload = map(message, "payload");
            assertThat((String) payload.get("schemaFormat")).as(topic.name()).startsWith("application/vnd.apache.avro+json");
            String ref = (String) map(payload, "schema").get("$ref");
            Schema referenced = new Schema.Parser().parse(Files.readString(DOCS.resolve(ref)));
            // the fingerprint a writer puts on the wire (the generated class adds only Java-specific properties)
            assertThat(AvroSingleObjectSerde.fingerprint(referenced)).as("%s: the schema %s refers to", topic.name(), ref)
                    .isEqualTo(AvroSingleObjectSerde.fingerprint(topic.schema()));
            assertThat(referenced.getFullName()).isEqualTo(topic.schema().getFullName());
            assertThat(message.get("name")).as(topic.name()).isEqualTo(topic.schema().getName());

            Matcher named = PRODUCER.matcher(topic.schema().getDoc());
            assertThat(named.find()).as("the schema of %s names its producer", topic.name()).isTrue();
            List<Object> producers = operations(document, channel.getKey(), "send").stream()
                    .map(o -> o.get("x-producer")).toList();
            assertThat(producers).as("the producers of %s", topic.name()).containsExactly(named.group(1));
        }
    }

    @Test
    void theDeadLetterHeadersAreThoseDeadLettersAndTheReDriveWrite() throws IOException {
        Map<String, Object> document = document();
        Map<String, Object> headers = map(map(map(document, "components"), "schemas"), "deadLetterHeaders");
        assertThat(map(headers, "properties").keySet()).containsExactlyInAnyOrder(DeadLetters.ERROR_CLASS,
                DeadLetters.ERROR_MESSAGE, DeadLetters.CONSUMER, DeadLetters.SOURCE_TOPIC, DeadLetters.SOURCE_PARTITION,
                DeadLetters.SOURCE_OFFSET, DeadLetterQueues.REDRIVEN_FROM);
        for (Topic<?> topic : Topics.all()) {
            Map<String, Object> message = message(document, channel(document, topic.dlq()).getValue());
            assertThat(map(message, "headers").get("$ref")).as(topic.dlq())
                    .isEqualTo("#/components/schemas/deadLetterHeaders");
        }
    }

    private static Map<String, Object> document() throws IOException {
        try (Reader in = Files.newBufferedReader(DOCS.resolve("asyncapi.yaml"))) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<String, Map<String, Object>> channel(Map<String, Object> document, String address) {
        return map(document, "channels").entrySet().stream()
                .filter(e -> address.equals(((Map<?, ?>) e.getValue()).get("address")))
                .map(e -> Map.entry(e.getKey(), (Map<String, Object>) e.getValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no channel for " + address));
    }

    /** The one message of a channel, its {@code $ref} into components followed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(Map<String, Object> document, Map<String, Object> channel) {
        Map<String, Object> messages = map(channel, "messages");
        assertThat(messages).hasSize(1);
        String ref = (String) ((Map<?, ?>) messages.values().iterator().next()).get("$ref");
        assertThat(ref).startsWith("#/components/messages/");
        return map(map(map(document, "components"), "messages"), ref.substring("#/components/messages/".length()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> operations(Map<String, Object> document, String channelKey, String action) {
        return map(document, "operations").values().stream().map(o -> (Map<String, Object>) o)
                .filter(o -> action.equals(o.get("action")))
                .filter(o -> ("#/channels/" + channelKey).equals(((Map<?, ?>) o.get("channel")).get("$ref")))
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as("has %s", key).containsKey(key);
        return new HashMap<>((Map<String, Object>) parent.get(key));
    }
}
