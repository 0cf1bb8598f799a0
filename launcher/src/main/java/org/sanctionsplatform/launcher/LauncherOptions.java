package org.sanctionsplatform.launcher;

import java.util.List;

/**
 * Options of the one-command run: {@code --port-base N} (services on N+1..N+4, default 8080; 0 = any free ports),
 * {@code --kafka-port N} (default 0: any free port), {@code --no-demo}, {@code --exit-after-demo}.
 */
record LauncherOptions(int portBase, int kafkaPort, boolean loadDemo, boolean exitAfterDemo) {

    static LauncherOptions parse(String... args) {
        int portBase = 8080;
        int kafkaPort = 0;
        boolean demo = true;
        boolean exit = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port-base" -> portBase = number(args, ++i, "--port-base");
                case "--kafka-port" -> kafkaPort = number(args, ++i, "--kafka-port");
                case "--no-demo" -> demo = false;
                case "--exit-after-demo" -> exit = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --port-base N, --kafka-port N, --no-demo, --exit-after-demo");
            }
        }
        return new LauncherOptions(portBase, kafkaPort, demo, exit);
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
