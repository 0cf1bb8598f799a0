package org.sanctionsplatform.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of the one-command run: {@code --port-base N} (services on N+1..N+4, default 8080; 0 = any free ports),
 * {@code --kafka-port N} (default 0: any free port), {@code --data-dir DIR} (the broker's log and the services' H2
 * database files there, kept for the next run; default: a temporary directory deleted at exit), {@code --no-demo},
 * {@code --exit-after-demo}.
 */
record LauncherOptions(int portBase, int kafkaPort, Path dataDir, boolean loadDemo, boolean exitAfterDemo) {

    static final String USAGE = "options: --port-base N, --kafka-port N, --data-dir DIR, --no-demo, --exit-after-demo";

    static LauncherOptions parse(String... args) {
        int portBase = 8080;
        int kafkaPort = 0;
        boolean demo = true;
        boolean exit = false;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port-base" -> portBase = number(args, ++i, "--port-base");
                case "--kafka-port" -> kafkaPort = number(args, ++i, "--kafka-port");
                case "--data-dir" -> {
                    if (++i >= args.length || args[i].isBlank()) {
                        throw new IllegalArgumentException("--data-dir needs a directory");
                    }
                    dataDir = Path.of(args[i]);
                }
                case "--no-demo" -> demo = false;
                case "--exit-after-demo" -> exit = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        return new LauncherOptions(portBase, kafkaPort, dataDir, demo, exit);
    }

    List<ServiceSpec> services() {
        if (portBase == 0) {
            return List.of(new ServiceSpec("intake", -1), new ServiceSpec("assessment", -1),
                    new ServiceSpec("deadline", -1), new ServiceSpec("publication", -1));
        }
        return List.of(new ServiceSpec("intake", portBase + 1), new ServiceSpec("assessment", portBase + 2),
                new ServiceSpec("deadline", portBase + 3), new ServiceSpec("publication", portBase + 4));
    }

    private static int number(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a number");
        }
        try {
            return Integer.parseInt(args[i]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + args[i], e);
        }
    }
}
