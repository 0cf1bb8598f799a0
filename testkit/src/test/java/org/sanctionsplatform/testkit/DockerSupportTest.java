package org.sanctionsplatform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DockerSupportTest {

    @Test
    @Timeout(60)
    void answersWithoutHangingAndCaches() {
        long t0 = System.nanoTime();
        boolean first = DockerSupport.isDockerAvailable();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        System.out.println("DockerSupport.isDockerAvailable() = " + first + " in " + took.toMillis() + " ms: "
                + DockerSupport.description());
        assertThat(took).isLessThan(Duration.ofSeconds(DockerSupport.PROBE_TIMEOUT_SECONDS + 5));

        long t1 = System.nanoTime();
        assertThat(DockerSupport.isDockerAvailable()).isEqualTo(first);
        assertThat(Duration.ofNanos(System.nanoTime() - t1)).isLessThan(Duration.ofMillis(50));
    }

    @Test
    void settingsPointingAtAnEngineAreHints(@TempDir Path home) throws Exception {
        assertThat(DockerSupport.endpointHints(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), new Properties(), home))
                .contains("DOCKER_HOST");
        Files.writeString(home.resolve(".testcontainers.properties"), "tc.host=tcp://somewhere:2375\n");
        assertThat(DockerSupport.endpointHints(Map.of(), new Properties(), home))
                .anyMatch(h -> h.endsWith("tc.host"));
    }

    @Test
    void canBeSwitchedOff(@TempDir Path home) {
        DockerSupport.Result r = DockerSupport.probe(Map.of("SEP_TEST_DOCKER", "false", "DOCKER_HOST", "tcp://x:1"),
                new Properties(), home);
        assertThat(r.available()).isFalse();
        assertThat(r.reason()).contains("disabled");
    }
}
