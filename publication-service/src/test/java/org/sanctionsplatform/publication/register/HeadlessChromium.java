package org.sanctionsplatform.publication.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless browser for the register's page tests: Debian's {@code chromium} driven through its
 * {@code chromium-driver} (both installed by {@code .ci/run} when missing: {@code apt-get install chromium
 * chromium-driver}). Where neither can be found the test is SKIPPED with a message saying so, never passed: the
 * {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER_BINARY} environment variables name them elsewhere.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start(Path profileDir) {
        Optional<Path> browser = find("CHROMIUM_BINARY", "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        Optional<Path> driver = find("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        Assumptions.assumeTrue(browser.isPresent() && driver.isPresent(),
                "SKIPPED: no headless browser on this machine (looked for chromium and chromedriver in /usr/bin);"
                        + " install them with `apt-get install -y chromium chromium-driver` (.ci/run does) or set"
                        + " CHROMIUM_BINARY and CHROMEDRIVER_BINARY");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }

    static Path profile() {
        try {
            return Files.createTempDirectory("register-chromium");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the browser's profile directory", e);
        }
    }

    private static Optional<Path> find(String variable, String... candidates) {
        String named = System.getenv(variable);
        return Stream.concat(Stream.ofNullable(named), Stream.of(candidates)).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }
}
