package org.sanctionsplatform.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded databases are H2 files: a temporary directory goes with them, a kept one carries them to the next run. */
class EmbeddedDatabasesTest {

    @Test
    void aTemporaryDirectoryHoldsTheDatabaseFilesAndIsDeletedWhenClosed() throws SQLException {
        EmbeddedDatabases databases = EmbeddedDatabases.temporary();
        Path directory = databases.directory();
        RunningPlatform.Database intake = databases.database("intake");
        assertThat(intake.url()).startsWith("jdbc:h2:file:").contains("MODE=PostgreSQL");

        write(intake, "a case");

        assertThat(databases.exists("intake")).isTrue();
        assertThat(Files.exists(directory.resolve("intake.mv.db"))).isTrue();
        databases.close();
        assertThat(Files.exists(directory)).isFalse();
    }

    @Test
    void aKeptDirectoryStillHoldsTheDataOnTheNextRun(@TempDir Path root) throws SQLException {
        Path dir = root.resolve("data");
        EmbeddedDatabases first = EmbeddedDatabases.kept(dir);
        write(first.database("intake"), "a case");
        first.close();

        EmbeddedDatabases second = EmbeddedDatabases.kept(dir);
        assertThat(second.exists("intake")).isTrue();
        try (Connection c = connect(second.database("intake"));
             ResultSet rs = c.createStatement().executeQuery("select name from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("a case");
        } finally {
            second.close();
        }
        assertThat(Files.exists(dir.resolve("intake.mv.db"))).isTrue();
    }

    @Test
    void theDataDirectoryIsAnOption() {
        assertThat(LauncherOptions.parse("--data-dir", "/var/tmp/sep").dataDir()).isEqualTo(Path.of("/var/tmp/sep"));
        assertThat(LauncherOptions.parse().dataDir()).isNull();
    }

    private static void write(RunningPlatform.Database db, String name) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("create table kept (name varchar(100))");
            s.execute("insert into kept (name) values ('" + name + "')");
        }
    }

    private static Connection connect(RunningPlatform.Database db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
