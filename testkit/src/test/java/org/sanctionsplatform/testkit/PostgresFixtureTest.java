package org.sanctionsplatform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class PostgresFixtureTest {

    @Test
    void createsAFreshDatabaseToConnectToAndCreateATableIn() throws Exception {
        PostgresFixture pg = PostgresFixture.shared();
        assertThat(pg.source()).isNotBlank();
        String url = pg.createDatabase("Testkit-Smoke");
        String other = pg.createDatabase("Testkit-Smoke");
        assertThat(url).startsWith("jdbc:postgresql://").contains("/testkit_smoke_");
        assertThat(other).isNotEqualTo(url);

        try (Connection c = pg.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE timer (id bigserial PRIMARY KEY, due timestamptz NOT NULL)");
            s.execute("INSERT INTO timer (due) VALUES (now()), (now())");
            try (ResultSet rs = s.executeQuery("SELECT count(*), current_database(), version() FROM timer")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(url).endsWith("/" + rs.getString(2));
                assertThat(rs.getString(3)).startsWith("PostgreSQL");
            }
        }
        try (Connection c = java.sql.DriverManager.getConnection(other, pg.username(), pg.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'timer'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero(); // each database starts empty
        }
    }

    @Test
    void unreachableConfiguredServerFailsWithInstructions() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/test";
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> PostgresFixture.resolve(
                new PostgresFixture.Endpoint(url, "postgres", "", "test configuration"),
                PostgresFixture.localCandidates(), () -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start")
                .hasMessageContaining("SEP_TEST_POSTGRES_URL")
                .hasMessageContaining("Docker engine");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void noServerAndNoDockerFailsWithInstructions() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/test";
        AtomicBoolean dockerAsked = new AtomicBoolean();
        assertThatThrownBy(() -> PostgresFixture.resolve(null,
                List.of(new PostgresFixture.Endpoint(url, "postgres", "", "local")),
                () -> {
                    dockerAsked.set(true);
                    return false;
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No PostgreSQL for tests")
                .hasMessageContaining(url)
                .hasMessageContaining("pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start")
                .hasMessageContaining("SEP_TEST_POSTGRES_URL=jdbc:postgresql://")
                .hasMessageContaining("run a Docker engine");
        assertThat(dockerAsked).isTrue();
    }

    @Test
    void databaseNamesAndUrls() {
        assertThat(PostgresFixture.databaseName("Deadline-Service")).matches("deadline_service_[a-z0-9]{12}");
        assertThat(PostgresFixture.databaseName("1x")).startsWith("db_1x_");
        assertThat(PostgresFixture.databaseName("a".repeat(100))).hasSizeLessThanOrEqualTo(63);
        assertThat(PostgresFixture.withDatabase("jdbc:postgresql://h:5433/test?sslmode=disable", "x"))
                .isEqualTo("jdbc:postgresql://h:5433/x?sslmode=disable");
        assertThat(PostgresFixture.withDatabase("jdbc:postgresql://h/", "x")).isEqualTo("jdbc:postgresql://h/x");
        assertThat(PostgresFixture.withDatabase("jdbc:postgresql://h1:1,h2:2/db", "x"))
                .isEqualTo("jdbc:postgresql://h1:1,h2:2/x");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
