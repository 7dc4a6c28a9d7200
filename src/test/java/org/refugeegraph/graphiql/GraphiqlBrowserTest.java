package org.refugeegraph.graphiql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.refugeegraph.Chromium;
import org.refugeegraph.IcelandEvents;
import org.refugeegraph.TestDatabase;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A real browser (Debian's headless Chromium, driven through Debian's chromedriver; nothing is downloaded:
 * {@link Chromium}) opens GraphiQL, runs the pre-filled headline question and finds the interventions and their sources in
 * the result. Every request the page makes must stay on this host. Screenshots go to target/screenshots/.
 * The *IT subclass does the same against the packaged jar.
 * Without /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver, as .ci/run
 * does) the test is skipped, saying so, except in CI (CI=true), where it fails. Each test starts from a GraphiQL
 * that remembers nothing: its tabs and editors, kept in the page's localStorage, are cleared before each.
 */
@QuarkusTest
class GraphiqlBrowserTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    static Chromium chromium;
    static WebDriver browser;

    @TestHTTPResource("/graphiql")
    URL graphiql;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.startOrSkip("GraphiqlBrowserTest");
        browser = chromium == null ? null : chromium.driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void needsBrowserWithNothingRemembered() {
        assumeTrue(browser != null, Chromium.NO_BROWSER);
        chromium.forget(graphiql);
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
     * The sidebar's Table shows the headline question's interventions, one row each as the API answers, sorts by a
     * column, and downloads exactly the rows shown as CSV.
     */
    @Test
    void theTablePluginShowsTheHeadlineResultsRowsAndDownloadsThemAsCsv() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "graphiql-downloads", getClass().getSimpleName()));
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
        List<String> titles = given().contentType(ContentType.JSON).body(Map.of("query", ExampleQueries.load().get(0).query()))
                .post("/graphql").then().statusCode(200).extract().jsonPath().getList("data.interventions.nodes.title");
        browser.get(graphiql.toString());
        try {
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(b -> editorText(".graphiql-query-editor").contains("query PreventedDeportations"));
            browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
            wait.until(b -> editorText(".graphiql-response").contains("U.S. diplomats"));
            browser.findElement(By.cssSelector("button[aria-label='Show Table']")).click();
            wait.until(b -> !b.findElements(By.cssSelector(".rg-table-plugin tbody tr")).isEmpty());
            List<WebElement> rows = browser.findElements(By.cssSelector(".rg-table-plugin tbody tr"));
            assertEquals(titles.size(), rows.size(), "one row per intervention of the answer");
            List<String> headers = browser.findElements(By.cssSelector(".rg-table-plugin th")).stream().map(WebElement::getText).toList();
            int title = headers.indexOf("title");
            assertTrue(title >= 0 && headers.contains("actor.name") && headers.contains("citations.source.title"), headers.toString());

            browser.findElements(By.cssSelector(".rg-table-plugin th button")).get(title).click();
            wait.until(b -> "ascending".equals(b.findElements(By.cssSelector(".rg-table-plugin th")).get(title).getAttribute("aria-sort")));
            List<String> shown = browser.findElements(By.cssSelector(".rg-table-plugin tbody tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")).get(title).getText()).toList();
            assertEquals(titles.stream().sorted().toList(), shown, "sorted by title");
            screenshot("graphiql-table.png");

            browser.findElement(By.cssSelector(".rg-table-csv")).click();
            wait.until(b -> {
                try (Stream<Path> files = Files.list(folder)) {
                    return files.anyMatch(f -> f.toString().endsWith(".csv") && f.toFile().length() > 0);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            Path csv;
            try (Stream<Path> files = Files.list(folder)) {
                csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
            }
            List<String> lines = Files.readAllLines(csv);
            assertEquals(1 + titles.size(), lines.size(), "a header and the rows shown: " + lines);
            assertTrue(lines.get(0).contains("actor.name") && lines.get(1).contains(shown.get(0)), lines.toString());
        } catch (RuntimeException | Error e) {
            screenshot("graphiql-table-failed.png");
            throw e;
        }
        assertOnlyLocalRequests();
    }

    /** The story page links to the query behind each view as /graphiql?query=...: GraphiQL opens with it. */
    @Test
    void aLinkWithAQueryOpensGraphiqlWithIt() throws IOException {
        String query = "query FromALink {\n  countries { code name }\n}\n";
        browser.get(graphiql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        try {
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            wait.until(b -> editorText(".graphiql-query-editor").equals(query));
            browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
            wait.until(b -> editorText(".graphiql-response").contains("\"code\": \"PRK\""));
        } catch (RuntimeException | Error e) {
            screenshot("graphiql-linked-query-failed.png");
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
        chromium.screenshot(name, getClass().getSimpleName().endsWith("IT"));
    }

    /** Every request since the last check went to this host, and the Content-Security-Policy refused nothing. */
    private static void assertOnlyLocalRequests() throws IOException {
        chromium.assertCleanPage("/webjars/graphiql/", false);
    }
}
