package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/** Issue 11.4: a service without a database URL refuses to start and says to set DB_URL (no silent in-memory H2). */
class DatabaseSettingsTest {

    @Test
    void aServiceWithoutDbUrlRefusesToStartAndSaysWhatToSet() {
        Map<String, Object> p = new HashMap<>(LocalIdentityProvider.shared().serviceProperties());
        p.put("kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers());
        p.put("micronaut.server.port", -1);
        p.put("datasources.default.url", "");

        assertThatThrownBy(() -> ApplicationContext.run(p, "support-test").close())
                .rootCause().hasMessageContaining("no database configured").hasMessageContaining("DB_URL");
    }
}
