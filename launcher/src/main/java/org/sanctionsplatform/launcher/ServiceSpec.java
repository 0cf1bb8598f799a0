package org.sanctionsplatform.launcher;

/** One of the four services as the launcher runs it: its Micronaut environment and its HTTP port. */
public record ServiceSpec(String name, int port) {

    public String environment() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
