package org.sanctionsplatform.schemas.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The artifact integrators take carries the contract and nothing of Kafka: this test's classpath is the artifact's
 * with all its dependencies (test-only JUnit and AssertJ aside), and no Kafka class is on it (the enforcer rule in the
 * pom checks the dependency tree too).
 */
class NoKafkaDependencyTest {

    @Test
    void noKafkaClassIsOnTheArtifactsClasspath() {
        assertThatThrownBy(() -> Class.forName("org.apache.kafka.common.serialization.Serde"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.kafka.clients.producer.KafkaProducer"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theCurrentSchemasAndEveryReleasedVersionAreInTheArtifact() throws Exception {
        for (String file : new String[] {"case-events", "assessments", "deadlines", "publications"}) {
            assertThat(parse("avro/" + file + ".avsc").getNamespace()).startsWith("org.sanctionsplatform.events");
        }
        assertThat(parse("history/enforcement.case-events.v1/v1.avsc").getName()).isEqualTo("CaseEventEnvelope");
        assertThat(parse("history/enforcement.publications.v1/v1.avsc").getName()).isEqualTo("PublicationEventEnvelope");
    }

    private static Schema parse(String resource) throws Exception {
        try (InputStream in = NoKafkaDependencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new Schema.Parser().parse(in);
        }
    }
}
