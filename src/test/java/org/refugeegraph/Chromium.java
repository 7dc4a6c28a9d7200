package org.refugeegraph;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real browser for the page tests: Debian's headless Chromium, driven through Debian's chromedriver (nothing is
 * downloaded), with its network and console logs, in a profile of its own that is deleted at the end.
 * Without /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver, as .ci/run does)
 * {@link #startOrSkip} returns null and says so, except in CI (CI=true), where it fails.
 */
public final class Chromium implements AutoCloseable {
    public static final Path CHROMIUM = Path.of(System.getProperty("refugee-graph.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("refugee-graph.test.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final String NO_BROWSER = "SKIPPED, no browser on this machine: needs " + CHROMIUM + " and " + CHROMEDRIVER
            + " (apt-get install -y chromium chromium-driver; .ci/run installs them)";
    static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /**
     * Schemes that never reach a network: inline data, and Chromium's own pages (its new-tab page at start;
     * Chromium 150 serves part of it as chrome-untrusted://new-tab-page/...).
     */
    static final Set<String> INSIDE_BROWSER = Set.of("data", "blob", "about", "chrome", "chrome-untrusted");

    public final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser 1440 px wide, or null (after saying why) where there is none and this is not CI. */
    public static Chromium startOrSkip(String test) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true, and CI must run the browser test: " + NO_BROWSER.replace("SKIPPED, no", "no"));
            }
            System.err.println(test + " " + NO_BROWSER);
            return null;
        }
        Path profile = Files.createTempDirectory("refugee-graph-test-chromium");
        // The driver is given explicitly, so Selenium Manager never looks for (or downloads) a driver or browser.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return new Chromium(service, new ChromeDriver(service, options), profile);
    }

    /**
     * Leaves the page (so it cannot write its state back), then forgets the origin's local and session storage, and
     * what the logs hold from before (a failed test may have left them unread).
     */
    public void forget(URL page) {
        driver.get("about:blank");
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", page.getProtocol() + "://" + page.getAuthority(),
                "storageTypes", "local_storage,session_storage"));
    }

    /** Saves the visible page as target/screenshots/NAME; from an *IT run as NAME-packaged.png. */
    public void screenshot(String name, boolean packaged) throws IOException {
        if (packaged) {
            name = name.replace(".png", "-packaged.png");
        }
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Every request the page made since the last check, from Chromium's network log: all to this host (and one of
     * them to a URL containing {@code expected}, so that the log was really read). Also what the console said since
     * then: no Content-Security-Policy refusal, and with {@code noErrors} no error at all.
     */
    public void assertCleanPage(String expected, boolean noErrors) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> requested = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (!message.path("method").asText().equals("Network.requestWillBeSent")) {
                continue;
            }
            String url = message.path("params").path("request").path("url").asText();
            requested.add(url);
            URI uri = URI.create(url);
            if (!INSIDE_BROWSER.contains(uri.getScheme()) && (uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost()))) {
                outside.add(url);
            }
        }
        assertTrue(requested.stream().anyMatch(u -> u.contains(expected)), "the network log was read: " + requested);
        assertTrue(outside.isEmpty(), "the page must load nothing from other hosts, but requested: " + outside);
        List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
        List<String> refused = console.stream().map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertTrue(refused.isEmpty(), "the page's Content-Security-Policy must let it work, but it refused: " + refused);
        if (noErrors) {
            List<String> errors = console.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage).toList();
            assertTrue(errors.isEmpty(), "the console must show no error, but it showed: " + errors);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
