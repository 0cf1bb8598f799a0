package org.sanctionsplatform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedded broker can require SCRAM sign-in on a listener of its own: the right password works, a wrong one fails. */
@Timeout(120)
class ScramListenerTest {

    @Test
    void aClientSignsInWithItsScramPasswordAndAWrongPasswordIsRefused() {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
                EmbeddedKafkaBroker.Config.defaults().scramUser("svc", "s3cret"))) {
            try (Admin admin = Admin.create(scram(broker, "svc", "s3cret"))) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError("the right password is refused", e);
            }
            try (Admin admin = Admin.create(scram(broker, "svc", "wrong"))) {
                assertThatThrownBy(() -> admin.describeCluster().nodes().get())
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    private static Map<String, Object> scram(EmbeddedKafkaBroker broker, String user, String password) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.saslBootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, EmbeddedKafkaBroker.SCRAM_MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"" + user + "\" password=\"" + password + "\";",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    }
}
