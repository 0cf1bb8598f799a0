package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/kubernetes/kafka-users.yaml grants each service what its listeners do (a broker with ACLs refuses anything
 * else, and a consumer subscribed to a topic it may not read fails as a whole): for every {@code @KafkaListener} of a
 * service, Read on its group, Read and Describe on every topic of its {@code @Topic}s, and Write on each such topic's
 * dead-letter topic; intake, which watches the groups' lag, Describe on the groups and on every topic they read.
 */
class KafkaAclsTest {

    private static final Path USERS = Path.of("..").toAbsolutePath().normalize().resolve("deploy/kubernetes/kafka-users.yaml");
    private static final List<String> CONSUMING = List.of("assessment", "deadline", "publication");

    /** A consumer group and the topics one listener of a service reads with it. */
    record Consumes(String service, String group, List<String> topics) {
    }

    @Test
    void eachServiceMayReadWhatItsListenersReadAndDeadLetterIt() throws Exception {
        List<Consumes> consumed = listeners();
        assertThat(consumed).extracting(Consumes::service).containsAll(CONSUMING);
        Map<String, Map<String, Set<String>>> acls = acls();
        for (Consumes c : consumed) {
            Map<String, Set<String>> user = acls.get(c.service() + "-service");
            assertThat(user).as("the KafkaUser of %s-service", c.service()).isNotNull();
            assertThat(user.get("group:" + c.group())).as("%s-service on its group %s", c.service(), c.group())
                    .contains("Read");
            for (String topic : c.topics()) {
                assertThat(user.get("topic:" + topic)).as("%s-service on %s (group %s)", c.service(), topic, c.group())
                        .contains("Read", "Describe");
                assertThat(user.get("topic:" + topic + ".dlq")).as("%s-service on %s.dlq", c.service(), topic)
                        .contains("Write");
            }
        }
    }

    @Test
    void intakeMayDescribeEveryGroupItWatchesAndTheTopicsTheyRead() throws Exception {
        Map<String, Set<String>> intake = acls().get("intake-service");
        for (Consumes c : listeners()) {
            assertThat(intake.get("group:" + c.group())).as("intake-service on group %s", c.group()).contains("Describe");
            for (String topic : c.topics()) {
                assertThat(intake.get("topic:" + topic)).as("intake-service on %s (read by %s)", topic, c.group())
                        .contains("Describe");
            }
        }
    }

    /** Every {@code @KafkaListener} class of the four services, with its group and topics. */
    private static List<Consumes> listeners() throws ClassNotFoundException {
        List<Consumes> found = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sanctionsplatform")) {
            if (!type.isAnnotatedWith(KafkaListener.class)) {
                continue;
            }
            Class<?> listener = Class.forName(type.getName());
            String service = type.getPackageName().split("\\.")[2];
            List<String> topics = new ArrayList<>();
            for (Method m : listener.getDeclaredMethods()) {
                Topic topic = m.getAnnotation(Topic.class);
                if (topic != null) {
                    topics.addAll(List.of(topic.value()));
                }
            }
            found.add(new Consumes(service, listener.getAnnotation(KafkaListener.class).groupId(), topics));
        }
        return found;
    }

    /** The ACLs of each KafkaUser: "topic:name" or "group:name" → operations. */
    private static Map<String, Map<String, Set<String>>> acls() throws IOException {
        Map<String, Map<String, Set<String>>> users = new HashMap<>();
        for (Object doc : new Yaml().loadAll(Files.readString(USERS))) {
            Map<?, ?> d = (Map<?, ?>) doc;
            if (!"KafkaUser".equals(d.get("kind"))) {
                continue;
            }
            Map<String, Set<String>> granted = new HashMap<>();
            Map<?, ?> authorization = (Map<?, ?>) ((Map<?, ?>) d.get("spec")).get("authorization");
            for (Object a : (List<?>) authorization.get("acls")) {
                Map<?, ?> acl = (Map<?, ?>) a;
                Map<?, ?> resource = (Map<?, ?>) acl.get("resource");
                granted.computeIfAbsent(resource.get("type") + ":" + resource.get("name"), k -> new HashSet<>())
                        .addAll(((List<?>) acl.get("operations")).stream().map(String::valueOf).toList());
            }
            users.put((String) ((Map<?, ?>) d.get("metadata")).get("name"), granted);
        }
        return users;
    }
}
