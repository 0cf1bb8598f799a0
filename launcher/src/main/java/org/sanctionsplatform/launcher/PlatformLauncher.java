package org.sanctionsplatform.launcher;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.sanctionsplatform.support.security.Roles;

/**
 * The one command (DESIGN §6): an embedded KRaft Kafka broker, H2 database files and all four services in one
 * process; loads the demo cases, prints each case's level, likely outcome, statutory maximum, windows and
 * publication state, and the public register's address with the page of each released publication, then keeps the
 * HTTP APIs up until Ctrl-C.
 */
public final class PlatformLauncher {

    private PlatformLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        // the services' jars each carry the service logback.xml; the one-process run uses its own, quieter one
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-launcher.xml");
        }
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PrintStream out = System.out;
        long started = System.nanoTime();
        // a kept data directory used before already holds the demo cases (their references are taken)
        boolean dataFromBefore = options.dataDir() != null
                && java.nio.file.Files.exists(options.dataDir().resolve("h2").resolve("intake.mv.db"));
        out.println("Starting the Sanctions Enforcement Platform: embedded Kafka (KRaft), H2 database files, four services ...");
        RunningPlatform platform = RunningPlatform.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping ...");
            platform.close();
            stopped.countDown();
        }, "platform-shutdown"));
        out.printf("Started in %.1f s. Kafka at %s%n", (System.nanoTime() - started) / 1e9, platform.bootstrapServers());
        platform.embeddedDatabases().ifPresent(db -> out.printf("Data in %s (%s)%n", options.dataDir() == null
                ? db.directory() : options.dataDir().toAbsolutePath(), options.dataDir() == null
                ? "a temporary directory, deleted at exit; --data-dir DIR keeps it" : "kept for the next run"));
        if (options.loadDemo() && dataFromBefore) {
            out.println("The demo cases were loaded by an earlier run on this data directory: not loaded again.");
        } else if (options.loadDemo()) {
            List<DemoCases.Result> results = new DemoCases().load(platform, Duration.ofSeconds(60));
            printResults(out, results);
            printRegister(out, platform.url("publication"), results);
        }
        out.println();
        out.println("HTTP APIs:");
        platform.urls().forEach((name, url) -> out.printf("  %-12s %s   (health: %s/health)%n", name, url, url));
        printTokens(out, platform);
        if (options.exitAfterDemo()) {
            platform.close();
            return;
        }
        out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    /**
     * Every API needs a bearer token (README "Security"). The platform's own identity provider signs them with a key it
     * generated at start (nothing is stored; a restart invalidates them); each is valid for
     * {@link RunningPlatform#TOKEN_LIFETIME}. Printed as shell exports plus a curl line per role that uses one.
     */
    static void printTokens(PrintStream out, RunningPlatform platform) {
        out.println();
        out.printf("Tokens (valid %d h, signed by a key generated at start; JWKS %s). Paste the exports into your shell:%n",
                RunningPlatform.TOKEN_LIFETIME.toHours(), platform.identityProvider().jwksUrl());
        for (String role : RunningPlatform.ROLES) {
            out.printf("  export %s_TOKEN=%s%n", role, platform.token(role));
        }
        out.println("Then, for example:");
        for (String role : RunningPlatform.ROLES) {
            out.printf("  curl -s -H \"Authorization: Bearer $%s_TOKEN\" %s%n", role, exampleUrl(platform, role));
        }
    }

    private static String exampleUrl(RunningPlatform platform, String role) {
        return switch (role) {
            case Roles.CASE_OFFICER -> platform.url("intake") + "/cases";
            case Roles.DECISION_MAKER -> platform.url("deadline") + "/deadlines/upcoming";
            case Roles.PUBLICATION_OFFICER -> platform.url("intake") + "/cases?size=5";
            case Roles.AUDITOR -> platform.url("intake") + "/cases?page=0&size=20";
            default -> platform.url("intake") + "/health";
        };
    }

    static void printResults(PrintStream out, List<DemoCases.Result> results) {
        out.println();
        out.println("Demo cases:");
        for (DemoCases.Result r : results) {
            out.println();
            out.printf("  %s  %s%n", r.demo().openCase().get("caseReference"), r.demo().title());
            out.printf("    case id            %s%n", r.caseId());
            Map<String, Object> a = r.assessment();
            if (a == null) {
                out.println("    assessment         (not assessed yet)");
            } else {
                out.printf("    seriousness        %s%n", a.get("seriousness"));
                out.printf("    likely outcome     %s%n", a.get("likelyOutcome"));
                out.printf("    statutory maximum  %s%n", money(a.get("statutoryMaximum")));
                out.printf("    penalty            %s%n", penalties(a));
            }
            if (r.deadlines().isEmpty()) {
                out.println("    windows            none open");
            }
            for (Map<String, Object> w : r.deadlines()) {
                out.printf("    window             %s due %s (%s, %s)%n", w.get("kind"), w.get("dueDate"), w.get("length"), w.get("state"));
            }
            out.printf("    publication        %s%n", r.publications().isEmpty() ? "none drafted"
                    : r.publications().stream().map(p -> p.get("kind") + " " + p.get("state") + " v" + p.get("version"))
                    .collect(Collectors.joining("; ")));
        }
    }

    /**
     * The public register (docs/publication-register.md): its address, anonymous, and the page of each publication
     * the demo released (RELEASED or AMENDED: the only states the lifecycle puts on the register).
     */
    static void printRegister(PrintStream out, String publicationUrl, List<DemoCases.Result> results) {
        out.println();
        out.printf("Public register (no token needed): %s/register   (JSON: %s/api/register/publications, Atom: %s/register/feed)%n",
                publicationUrl, publicationUrl, publicationUrl);
        boolean any = false;
        for (DemoCases.Result r : results) {
            for (Map<String, Object> p : r.publications()) {
                if ("RELEASED".equals(p.get("state")) || "AMENDED".equals(p.get("state"))) {
                    any = true;
                    out.printf("  %s  %s %s: %s/register/publications/%s%n", r.demo().openCase().get("caseReference"),
                            p.get("kind"), p.get("state"), publicationUrl, p.get("publicationId"));
                }
            }
        }
        if (!any) {
            out.println("  nothing released yet");
        }
    }

    @SuppressWarnings("unchecked")
    private static String penalties(Map<String, Object> assessment) {
        Object penalties = assessment.get("penalties");
        if (!(penalties instanceof List<?> list) || list.isEmpty()) {
            return "none";
        }
        String text = ((List<Map<String, Object>>) list).stream()
                .filter(p -> p.get("finalPenalty") != null)
                .map(p -> p.get("subjectName") + " " + money(p.get("finalPenalty")))
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? "not decided" : text;
    }

    static String money(Object value) {
        if (value == null) {
            return "-";
        }
        return "£" + new DecimalFormat("#,##0.00").format(new BigDecimal(value.toString()));
    }
}
