package org.sanctionsplatform.bench.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sanctionsplatform.testkit.EmbeddedKafkaBroker;

/**
 * The real KRaft broker a run uses: the testkit's {@link EmbeddedKafkaBroker}, either in a child JVM (the default:
 * the broker's threads and garbage collection stay out of the platform JVM's heap and pauses, as with a real broker,
 * and its memory is reported separately) or inside the harness JVM (as {@code ./run-platform} runs it).
 */
final class HarnessBroker implements AutoCloseable {

    enum Mode { CHILD, IN_PROCESS }

    private final Mode mode;
    private final String bootstrap;
    private final EmbeddedKafkaBroker inProcess;
    private final Process child;

    private HarnessBroker(Mode mode, String bootstrap, EmbeddedKafkaBroker inProcess, Process child) {
        this.mode = mode;
        this.bootstrap = bootstrap;
        this.inProcess = inProcess;
        this.child = child;
    }

    static HarnessBroker start(Mode mode, int partitions, String childHeap) throws IOException {
        if (mode == Mode.IN_PROCESS) {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Config.defaults().defaultPartitions(partitions));
            return new HarnessBroker(mode, broker.bootstrapServers(), broker, null);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + childHeap);
        String logback = System.getProperty("logback.configurationFile");
        if (logback != null) {
            command.add("-Dlogback.configurationFile=" + logback);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BrokerProcess.class.getName());
        command.add(Integer.toString(partitions));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
            // the broker's own output before it is ready (logging is configured off)
        }
        if (line == null) {
            process.destroy();
            throw new IllegalStateException("the broker process exited before it was ready (exit code "
                    + waitFor(process) + ")");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "broker-stdout");
        drain.setDaemon(true);
        drain.start();
        return new HarnessBroker(mode, line.substring("READY ".length()).trim(), null, process);
    }

    String bootstrapServers() {
        return bootstrap;
    }

    Mode mode() {
        return mode;
    }

    /** The child's process id, or -1 when the broker runs in this JVM. */
    long pid() {
        return child == null ? -1 : child.pid();
    }

    String describe() {
        return mode == Mode.CHILD
                ? "embedded KRaft broker (testkit EmbeddedKafkaBroker) in a child JVM, pid " + child.pid() + ", at " + bootstrap
                : "embedded KRaft broker (testkit EmbeddedKafkaBroker) inside this JVM, at " + bootstrap;
    }

    @Override
    public void close() throws IOException {
        if (inProcess != null) {
            inProcess.close();
        }
        if (child != null) {
            child.getOutputStream().close(); // the child stops when its stdin closes
            try {
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroyForcibly();
            }
        }
    }

    private static int waitFor(Process process) {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            return process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
