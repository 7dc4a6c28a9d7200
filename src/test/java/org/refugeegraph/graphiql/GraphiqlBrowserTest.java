package org.refugeegraph.graphiql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.refugeegraph.IcelandEvents;
import org.refugeegraph.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A real browser (Debian's headless Chromium, driven through Debian's chromedriver; nothing is downloaded)
 * opens GraphiQL, runs the pre-filled headline question and finds the interventions and their sources in
 * the result. Every request the page makes must stay on this host. Screenshots go to target/screenshots/.
 * The *IT subclass does the same against the packaged jar.
 * Without /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver, as .ci/run
 * does) the test is skipped, saying so, except in CI (CI=true), where it fails. Each test starts from a GraphiQL
 * that remembers nothing: its tabs and editors, kept in the page's localStorage, are cleared before each.
 */
@QuarkusTest
class GraphiqlBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("refugee-graph.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("refugee-graph.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /**
     * Schemes that never reach a network: inline data, and Chromium's own pages (its new-tab page at start;
     * Chromium 150 serves part of it as chrome-untrusted://new-tab-page/...).
     */
    static final Set<String> INSIDE_BROWSER = Set.of("data", "blob", "about", "chrome", "chrome-untrusted");
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String NO_BROWSER = "SKIPPED, no browser on this machine: needs " + CHROMIUM + " and " + CHROMEDRIVER
            + " (apt-get install -y chromium chromium-driver; .ci/run installs them)";

    static ChromeDriverService service;
    static WebDriver browser;
    static Path profile;

    @TestHTTPResource("/graphiql")
    URL graphiql;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true, and CI must run the browser test: " + NO_BROWSER.replace("SKIPPED, no", "no"));
            }
            System.err.println("GraphiqlBrowserTest " + NO_BROWSER);
            return;
        }
        profile = Files.createTempDirectory("graphiql-test-chromium");
        // The driver is given explicitly, so Selenium Manager never looks for (or downloads) a driver or browser.
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void needsBrowserWithNothingRemembered() {
        assumeTrue(browser != null, NO_BROWSER);
        // Leave the page first, so that it cannot write its state back after the clearing.
        browser.get("about:blank");
        String origin = graphiql.getProtocol() + "://" + graphiql.getAuthority();
        ((ChromeDriver) browser).executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", origin, "storageTypes", "local_storage,session_storage"));
    }

    @Test
    void runsThePrefilledHeadlineQuestionAndShowsInterventionsWithTheirSources() throws IOException {
        browser.get(graphiql.toString());
        try {
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(b -> editorText(".graphiql-query-editor").contains("query PreventedDeportations"));
            assertTrue(editorText(".graphiql-query-editor").startsWith("# Which interventions prevented which deportations?"),
                    "the editor opens with examples/1-prevented-deportations.graphql");

            Select examples = new Select(browser.findElement(By.id("rg-examples")));
            assertEquals(ExampleQueries.load().size(), examples.getOptions().size(), "every example of examples/index.txt is offered");
            assertEquals("1. Which interventions prevented which deportations?", examples.getFirstSelectedOption().getText());

            browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
            wait.until(b -> {
                String result = editorText(".graphiql-response");
                return result.contains("U.S. diplomats") && result.contains("Human rights organizations based in the EU")
                        && result.contains("The World Is Turning Its Back on North Korean Refugees");
            });
            assertTrue(!editorText(".graphiql-response").contains("\"errors\""), "the headline question answers without errors");
            screenshot("graphiql-headline.png");
        } catch (RuntimeException | Error e) {
            screenshot("graphiql-headline-failed.png");
            throw e;
        }
        assertOnlyLocalRequests();
    }

    @Test
    void anExampleQuestionOpensInItsOwnTab() throws IOException {
        browser.get(graphiql.toString());
        try {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(b -> editorText(".graphiql-query-editor").contains("query PreventedDeportations"));

        new Select(browser.findElement(By.id("rg-examples"))).selectByVisibleText("4. Everything that happened in Vietnam");
        wait.until(b -> editorText(".graphiql-query-editor").contains("query EverythingInVietnam"));
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        wait.until(b -> editorText(".graphiql-response").contains("\"name\": \"Vietnam\""));
        assertTrue(editorText(".graphiql-response").contains("Convention against Torture"));
        assertEquals(2, browser.findElements(By.cssSelector(".graphiql-tab")).size(),
                "the headline question stays in its tab, the example opens in a second one (and no tab is left from before)");
            screenshot("graphiql-example-vietnam.png");
        } catch (RuntimeException | Error e) {
            screenshot("graphiql-example-vietnam-failed.png");
            System.err.println("query editor: " + editorText(".graphiql-query-editor"));
            System.err.println("response: " + editorText(".graphiql-response"));
            throw e;
        }
        assertOnlyLocalRequests();
    }

    /**
     * A subscription runs in GraphiQL like a query, over a WebSocket: the answer pane shows the events recorded
     * meanwhile (here by SQL; the exact delivery rules are live/EventRecordedTest's). As the page gives no sign of
     * when the server has subscribed, an event is recorded every half second until one shows up.
     */
    @Test
    void aSubscriptionShowsEventsAsTheyAreRecorded() throws Exception {
        // The events are written by JDBC into the database of the @QuarkusTest; an *IT's JVM has no such access.
        assumeTrue(!getClass().getSimpleName().endsWith("IT"), "records events by JDBC: @QuarkusTest only");
        String run = "graphiql-live-" + UUID.randomUUID();
        browser.get(graphiql.toString());
        try (Connection database = TestDatabase.application().connect()) {
            try {
                WebDriverWait wait = new WebDriverWait(browser, WAIT);
                wait.until(b -> editorText(".graphiql-query-editor").contains("query PreventedDeportations"));
                ((JavascriptExecutor) browser).executeScript(
                        "document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0]);",
                        "subscription InIceland { eventRecorded(filter: {locations: [\"ISL\"]}) { title location { code } } }");
                browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
                int[] recorded = { 0 };
                new WebDriverWait(browser, WAIT, Duration.ofMillis(500)).until(b -> {
                    if (editorText(".graphiql-response").contains(run)) {
                        return true;
                    }
                    try {
                        IcelandEvents.add(database, run + " #" + ++recorded[0]);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return false;
                });
                assertTrue(editorText(".graphiql-response").contains("\"code\": \"ISL\""), editorText(".graphiql-response"));
                screenshot("graphiql-subscription.png");
            } catch (RuntimeException | Error e) {
                screenshot("graphiql-subscription-failed.png");
                System.err.println("response: " + editorText(".graphiql-response"));
                throw e;
            } finally {
                browser.get("about:blank"); // closes the WebSocket
                IcelandEvents.remove(database, run + "%");
            }
        }
        assertOnlyLocalRequests();
    }

    @Test
    void theWriteExampleOpensWithItsVariables() throws IOException {
        browser.get(graphiql.toString());
        try {
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(b -> editorText(".graphiql-query-editor").contains("query PreventedDeportations"));
            new Select(browser.findElement(By.id("rg-examples"))).selectByVisibleText("9. Record a figure from another source (editors)");
            wait.until(b -> editorText(".graphiql-query-editor").contains("mutation RecordAFigure"));
            wait.until(b -> editorText(".graphiql-editor-tool").contains("\"idempotencyKey\": \"example-8-state-department-nearly-50\""));
            screenshot("graphiql-write-example.png");
        } catch (RuntimeException | Error e) {
            screenshot("graphiql-write-example-failed.png");
            throw e;
        }
        assertOnlyLocalRequests();
    }

    /** The whole text of a GraphiQL editor (CodeMirror shows only the visible lines in the page). */
    private static String editorText(String section) {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "var e = document.querySelector(arguments[0] + ' .CodeMirror');"
                        + " return e && e.CodeMirror ? e.CodeMirror.getValue() : '';", section);
        return text == null ? "" : text.toString();
    }

    /** target/screenshots/graphiql-headline.png from the tests, graphiql-headline-packaged.png from the *IT run. */
    private void screenshot(String name) throws IOException {
        if (getClass().getSimpleName().endsWith("IT")) {
            name = name.replace(".png", "-packaged.png");
        }
        Files.createDirectories(SCREENSHOTS);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every request the page made since the last check, from Chromium's network log: all to this host. */
    private static void assertOnlyLocalRequests() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> requested = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
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
        assertTrue(requested.stream().anyMatch(u -> u.contains("/webjars/graphiql/")), "the network log was read: " + requested);
        assertTrue(outside.isEmpty(), "GraphiQL must load nothing from other hosts, but requested: " + outside);
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
        assertTrue(refused.isEmpty(), "the page's Content-Security-Policy must let GraphiQL work, but it refused: " + refused);
    }
}
