package org.sanctionsplatform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether a Docker engine answers, for Testcontainers. JUnit-free, cached for the JVM.
 *
 * <p>Testcontainers is asked only when something points at a Docker engine (a {@code DOCKER_HOST}
 * or {@code docker.host} setting, a Testcontainers properties file naming a host, a Docker context,
 * or a Docker socket file in one of the usual places); otherwise the answer is {@code false} at
 * once, without Testcontainers logging "Could not find a valid Docker environment". The
 * Testcontainers check itself runs on a daemon thread and is abandoned after
 * {@value #PROBE_TIMEOUT_SECONDS} s, so a broken engine cannot hang a build.
 *
 * <p>{@code -Dsep.test.docker=false} (or env {@code SEP_TEST_DOCKER=false}) forces "no Docker".
 */
public final class DockerSupport {

    static final long PROBE_TIMEOUT_SECONDS = 20;

    private static volatile Result cached;

    private DockerSupport() {
    }

    /** {@code true} when Testcontainers can use a Docker engine. Evaluated once per JVM. */
    public static boolean isDockerAvailable() {
        return result().available;
    }

    /** Why Docker is, or is not, considered available (for skip and error messages). */
    public static String description() {
        return result().reason;
    }

    private static Result result() {
        Result r = cached;
        if (r == null) {
            synchronized (DockerSupport.class) {
                r = cached;
                if (r == null) {
                    r = probe(System.getenv(), System.getProperties(),
                            Paths.get(System.getProperty("user.home", "/")));
                    cached = r;
                }
            }
        }
        return r;
    }

    static Result probe(Map<String, String> env, Properties sys, Path home) {
        String forced = Settings.lookup(sys, env, "sep.test.docker", "SEP_TEST_DOCKER");
        if (forced != null && forced.trim().equalsIgnoreCase("false")) {
            return new Result(false, "Docker disabled by sep.test.docker/SEP_TEST_DOCKER=false");
        }
        List<String> hints = endpointHints(env, sys, home);
        if (hints.isEmpty()) {
            return new Result(false, "no Docker engine: DOCKER_HOST unset, no docker.sock found, no Testcontainers host configured");
        }
        long t0 = System.nanoTime();
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "sep-docker-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Boolean> answer = executor.submit(TestcontainersProbe::isDockerAvailable);
            boolean available = answer.get(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            return new Result(available, (available ? "Docker engine answers" : "Docker engine does not answer")
                    + " (hints: " + String.join(", ", hints) + "; checked in " + ms + " ms)");
        } catch (TimeoutException e) {
            return new Result(false, "Docker engine did not answer within " + PROBE_TIMEOUT_SECONDS + " s (hints: "
                    + String.join(", ", hints) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted while checking for a Docker engine");
        } catch (Exception | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Result(false, "Docker check failed: " + cause);
        } finally {
            executor.shutdownNow();
        }
    }

    /** Signs that a Docker engine may be reachable; empty means "certainly not". */
    static List<String> endpointHints(Map<String, String> env, Properties sys, Path home) {
        List<String> hints = new ArrayList<>();
        addIfSet(hints, "DOCKER_HOST", env.get("DOCKER_HOST"));
        addIfSet(hints, "docker.host", sys.getProperty("docker.host"));
        addIfSet(hints, "TESTCONTAINERS_HOST_OVERRIDE", env.get("TESTCONTAINERS_HOST_OVERRIDE"));
        addIfSet(hints, "TESTCONTAINERS_DOCKER_CLIENT_STRATEGY", env.get("TESTCONTAINERS_DOCKER_CLIENT_STRATEGY"));
        addIfSet(hints, "DOCKER_CONTEXT", env.get("DOCKER_CONTEXT"));

        Path tcProperties = home.resolve(".testcontainers.properties");
        if (Files.isRegularFile(tcProperties)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(tcProperties)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException ignored) {
                // unreadable: no hint from it
            }
            for (String key : List.of("docker.host", "tc.host", "docker.client.strategy")) {
                addIfSet(hints, tcProperties + " " + key, p.getProperty(key));
            }
        }
        Path dockerConfig = home.resolve(".docker").resolve("config.json");
        if (Files.isRegularFile(dockerConfig)) {
            try {
                String json = Files.readString(dockerConfig);
                if (json.contains("\"currentContext\"") && !json.matches("(?s).*\"currentContext\"\\s*:\\s*\"default\".*")) {
                    hints.add(dockerConfig + " currentContext");
                }
            } catch (IOException | RuntimeException ignored) {
                // unreadable: no hint from it
            }
        }

        List<Path> sockets = new ArrayList<>();
        sockets.add(Paths.get("/var/run/docker.sock"));
        sockets.add(Paths.get("/run/docker.sock"));
        sockets.add(home.resolve(".docker/run/docker.sock"));
        sockets.add(home.resolve(".docker/desktop/docker.sock"));
        sockets.add(home.resolve(".colima/default/docker.sock"));
        sockets.add(home.resolve(".colima/docker.sock"));
        sockets.add(home.resolve(".rd/docker.sock"));
        sockets.add(home.resolve(".orbstack/run/docker.sock"));
        String xdg = env.get("XDG_RUNTIME_DIR");
        if (xdg != null && !xdg.isBlank()) {
            sockets.add(Paths.get(xdg, "docker.sock"));
            sockets.add(Paths.get(xdg, "podman/podman.sock"));
        }
        String uid = uid();
        if (uid != null) {
            sockets.add(Paths.get("/run/user", uid, "docker.sock"));
            sockets.add(Paths.get("/run/user", uid, "podman/podman.sock"));
        }
        for (Path socket : sockets) {
            if (Files.exists(socket)) {
                hints.add(socket.toString());
            }
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            hints.add("Windows named pipe (not pre-checked)");
        }
        return hints;
    }

    private static String uid() {
        try {
            Object uid = Files.getAttribute(Paths.get(System.getProperty("user.home", "/")), "unix:uid");
            // The owner of the home directory is a good enough guess for the current user.
            return String.valueOf(uid);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void addIfSet(List<String> hints, String name, String value) {
        if (value != null && !value.isBlank()) {
            hints.add(name);
        }
    }

    record Result(boolean available, String reason) {
    }

    /** Kept in its own class so that a missing Testcontainers jar is a catchable LinkageError. */
    private static final class TestcontainersProbe {
        static boolean isDockerAvailable() {
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
