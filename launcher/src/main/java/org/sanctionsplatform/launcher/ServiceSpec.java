package org.sanctionsplatform.launcher;

/** One of the four services as the launcher runs it: its Micronaut environment and its HTTP port. */
public record ServiceSpec(String name, int port) {

    public String environment() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** An in-memory H2 database in PostgreSQL mode, the embedded default (DESIGN §6). */
    String h2Url() {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }
}
