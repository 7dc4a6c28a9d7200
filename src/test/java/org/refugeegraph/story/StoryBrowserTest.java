package org.refugeegraph.story;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.refugeegraph.Chromium;
import org.refugeegraph.GraphQLClient;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The story page in a real browser ({@link Chromium}), checked against the API's own answers: as many marks as the
 * API returns events (also with the filters, which the API applies itself here), the prevented-deportations table as
 * the headline question answers it, a mark's quote on hover and on keyboard focus, non-empty downloads, the filters in
 * the address, nothing from another host, no console error. It reports how long the page took to render with a cold
 * cache, and saves screenshots at 1400 and 375 px in target/screenshots/. The *IT subclass runs against the jar.
 */
@QuarkusTest
class StoryBrowserTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    /** The page must have drawn all three views this long after navigation started (issue 12: 2 s on the bundled data). */
    static final long RENDER_BUDGET_MS = 2000;
    static final String HERITAGE = "The World Is Turning Its Back on North Korean Refugees";

    static Chromium chromium;
    static ChromeDriver browser;

    @TestHTTPResource("/story")
    URL story;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.startOrSkip("StoryBrowserTest");
        browser = chromium == null ? null : chromium.driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void needsBrowser() {
        assumeTrue(browser != null, Chromium.NO_BROWSER);
        chromium.forget(story);
    }

    @Test
    void drawsAMarkPerEventTheApiReturnsWithinTheBudgetFromAColdCache() throws IOException {
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        long renderedMs = open("");
        System.out.println("StoryBrowserTest: /story drew its three views " + renderedMs + " ms after navigation began (cold cache)");
        try {
            assertEquals(deportationMarks(api(null, null, null)), marks("deportations", "event-"));
            assertEquals(preventingInterventions(api(null, null, null)), marks("deportations", "interventions"));
            JsonPath arrivals = GraphQLClient.ok("storyArrivals");
            assertEquals(yearly(arrivals), marks("arrivals", "preferred"));
            assertEquals(disputed(arrivals), marks("arrivals", "disputed"));
            assertTrue(renderedMs < RENDER_BUDGET_MS, "rendered in " + renderedMs + " ms, over " + RENDER_BUDGET_MS + " ms");
            screenshotAt(1400, "story-1400.png");
            screenshotAt(375, "story-375.png");
        } catch (RuntimeException | Error e) {
            screenshot("story-failed.png");
            throw e;
        }
        chromium.assertCleanPage("/webjars/echarts/", true);
    }

    @Test
    void theTableShowsTheInterventionsThatPreventedDeportationsAsTheApiAnswers() throws IOException {
        open("");
        JsonPath headline = given().contentType(ContentType.JSON)
                .body(Map.of("query", read("src/main/resources/examples/1-prevented-deportations.graphql")))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        List<String> titles = headline.getList("data.interventions.nodes.title");
        List<WebElement> rows = browser.findElements(By.cssSelector("#prevented-table tbody tr"));
        assertEquals(titles.size(), rows.size(), "one row per intervention of the headline question");
        // What issue 12 fixes: two interventions, protecting 20 and 13 people, both citing the Heritage Foundation.
        assertEquals(2, rows.size());
        Set<String> people = new HashSet<>();
        for (WebElement row : rows) {
            assertTrue(titles.contains(row.findElement(By.cssSelector("td")).getText().split("\n")[0]), row.getText());
            people.add(row.findElement(By.cssSelector("td.people")).getText().split(" ")[0]);
            assertTrue(row.getText().contains(HERITAGE) && row.getText().contains("The Heritage Foundation"), row.getText());
            String quote = row.findElement(By.cssSelector("blockquote")).getText();
            assertTrue(headline.getList("data.interventions.nodes.citations.quote").toString().contains(quote.replaceAll("^“|”$", "")),
                    "the quote is the API's: " + quote);
        }
        assertEquals(Set.of("20", "13"), people);
        chromium.assertCleanPage("/story/queries.json", true);
    }

    @Test
    void hoverAndKeyboardFocusShowTheSourcesOwnWords() throws IOException {
        open("");
        try {
            // The largest deportation with a quote, hovered with the mouse: its tooltip quotes the source.
            List<Map<String, Object>> events = api(null, null, null).getList("data.events.nodes");
            Map<String, Object> event = events.stream().filter(e -> quote(e) != null)
                    .max(Comparator.comparingInt(e -> ((Number) ((Map<?, ?>) e.get("people")).get("best")).intValue())).orElseThrow();
            String quote = quote(event);
            // Where the mark is in the window (CSS pixels), after scrolling the chart into view.
            List<?> point = (List<?>) browser.executeScript("var element = document.getElementById('deportations-chart');"
                    + " element.scrollIntoView({block: 'center'});"
                    + " var chart = echarts.getInstanceByDom(element), box = element.getBoundingClientRect();"
                    + " var id = arguments[0], found;"
                    + " chart.getOption().series.forEach(function (s) { (s.data || []).forEach(function (d) {"
                    + "   if (d.row && d.row[9] === id) { found = chart.convertToPixel({seriesId: s.id}, d.value); } }); });"
                    + " return [box.left + found[0], box.top + found[1]];", event.get("id"));
            WebElement chart = browser.findElement(By.id("deportations-chart"));
            for (int step = 3; step >= 0; step--) {
                browser.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", "mouseMoved",
                        "x", ((Number) point.get(0)).doubleValue() - step, "y", ((Number) point.get(1)).doubleValue()));
            }
            new WebDriverWait(browser, WAIT).until(b -> chart.getText().contains(quote));
            assertTrue(chart.findElement(By.partialLinkText("This in GraphiQL")).getAttribute("href")
                    .contains("variables=" + URLEncoder.encode("{\n  \"id\": \"" + event.get("id") + "\"\n}", StandardCharsets.UTF_8).replace("+", "%20")),
                    "links to the mark's own node in GraphiQL");
            assertTrue(chart.getText().contains("The query in GraphiQL"), chart.getText());

            // The arrivals chart by keyboard: focus it (as Tab would), End goes to the last mark, whose source shows below.
            WebElement arrivals = browser.findElement(By.id("arrivals-chart"));
            browser.executeScript("arguments[0].focus()", arrivals);
            new Actions(browser).sendKeys(Keys.END).perform();
            WebElement details = browser.findElement(By.id("arrivals-details"));
            new WebDriverWait(browser, WAIT).until(b -> !details.getText().isBlank());
            List<String> sources = GraphQLClient.ok("storyArrivals").getList("data.events.nodes.claims.flatten().citation.source.title");
            assertTrue(sources.stream().anyMatch(details.getText()::contains), details.getText());
            // Links to the mark in GraphiQL (its node, by id) and to the chart's whole query.
            assertEquals(1, details.findElements(By.cssSelector("a[href^='/graphiql?query='][href*='&variables=']")).size(), details.getText());
            assertEquals(2, details.findElements(By.cssSelector("a[href^='/graphiql?query=']")).size(), details.getText());
            screenshot("story-keyboard.png");
        } catch (RuntimeException | Error e) {
            screenshot("story-hover-failed.png");
            throw e;
        }
        chromium.assertCleanPage("/story/story.js", true);
    }

    @Test
    void theFiltersChangeTheViewsAndTheAddressAsTheApiFilters() throws IOException {
        open("?from=2020&to=2021");
        assertEquals(deportationMarks(api(null, "2020-01-01", "2021-12-31")), marks("deportations", "event-"));
        assertEquals(yearly(GraphQLClient.ok("storyArrivals", "from", "2020-01-01", "to", "2021-12-31")), marks("arrivals", "preferred"));
        assertEquals("2020", browser.findElement(By.id("from")).getAttribute("value"));

        browser.findElement(By.id("reset")).click();
        browser.findElement(By.cssSelector("#countries input[value='VNM']")).click();
        new WebDriverWait(browser, WAIT).until(b -> b.getCurrentUrl().endsWith("/story?countries=VNM"));
        assertEquals(deportationMarks(api(List.of("VNM"), null, null)), marks("deportations", "event-"));
        long shown = marks("deportations", "event-");

        // A shared link shows the same view.
        open("?countries=VNM");
        assertEquals(shown, marks("deportations", "event-"));
        assertTrue(browser.findElement(By.cssSelector("#countries input[value='VNM']")).isSelected());
        chromium.assertCleanPage("/story/queries.json", true);
    }

    @Test
    void downloadsEachChartAsPngAndSvgAndItsDataAsCsvAndShowsTheDataTable() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "story-downloads", getClass().getSimpleName()));
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));

        open("");
        List<String> expected = new ArrayList<>();
        for (String view : List.of("deportations", "arrivals", "prevented")) {
            for (String format : view.equals("prevented") ? List.of("csv") : List.of("png", "svg", "csv")) {
                browser.findElement(By.cssSelector(".actions[data-view='" + view + "'] button[data-download='" + format + "']")).click();
                expected.add(view + "." + format);
            }
        }
        try {
            new WebDriverWait(browser, WAIT).until(b -> downloaded(folder).size() == expected.size());
        } catch (TimeoutException e) {
            throw new AssertionError("expected " + expected + ", downloaded " + downloaded(folder), e);
        }
        for (Path file : downloaded(folder)) {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            assertTrue(bytes.length > 100, name + " is not empty");
            String head = new String(bytes, 0, 8, StandardCharsets.ISO_8859_1);
            if (name.endsWith(".png")) {
                assertTrue(head.startsWith("\u0089PNG"), name);
            } else if (name.endsWith(".svg")) {
                assertTrue(head.startsWith("<svg"), name);
            } else {
                assertTrue(Files.readAllLines(file).size() > 2, name + " has a header and rows");
            }
        }

        WebElement toggle = browser.findElement(By.cssSelector(".actions[data-view='deportations'] button[data-toggle-table]"));
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertEquals(marks("deportations", "event-") + marks("deportations", "interventions"),
                browser.findElements(By.cssSelector("#deportations-table tbody tr")).size(), "one row per mark");
        chromium.assertCleanPage("/story/story.js", true);
    }

    @Test
    void theQueryOfAViewAndOfARowOpenInGraphiql() throws IOException {
        open("");
        browser.findElement(By.cssSelector(".actions[data-view='arrivals'] a[href^='/graphiql?query=']")).click();
        new WebDriverWait(browser, WAIT).until(b -> editor(".graphiql-query-editor").contains("query ArrivalsInSouthKorea"));

        open("");
        browser.findElement(By.cssSelector("#prevented-table tbody tr")).findElement(By.partialLinkText("This in GraphiQL")).click();
        new WebDriverWait(browser, WAIT).until(b -> editor(".graphiql-query-editor").contains("query StoryNode"));
        new WebDriverWait(browser, WAIT).until(b -> editor(".graphiql-editor-tool").contains("\"id\": \"SW50"));
        chromium.assertCleanPage("/webjars/graphiql/", false);
    }

    private static String editor(String section) {
        return String.valueOf(browser.executeScript("var e = document.querySelector(arguments[0] + ' .CodeMirror');"
                + " return e && e.CodeMirror ? e.CodeMirror.getValue() : '';", section));
    }

    /** Opens /story with the given address query and waits until it has drawn; returns when that was (ms since navigation). */
    private long open(String search) {
        browser.get(story + search);
        Object ready = new WebDriverWait(browser, WAIT).until(b -> browser.findElement(By.tagName("body")).getAttribute("data-ready"));
        assertEquals("", browser.findElement(By.id("status")).getText(), "the page loaded every figure");
        return Long.parseLong(ready.toString());
    }

    /** The number of data points a chart draws in the series whose id starts with the prefix. */
    private static long marks(String view, String seriesPrefix) {
        return ((Number) browser.executeScript("var prefix = arguments[1];"
                + " return echarts.getInstanceByDom(document.getElementById(arguments[0] + '-chart'))"
                + ".getOption().series.filter(function (s) { return s.id.indexOf(prefix) === 0; })"
                + ".reduce(function (n, s) { return n + s.data.length; }, 0);", view, seriesPrefix)).longValue();
    }

    private static JsonPath api(List<String> locations, String from, String to) {
        return GraphQLClient.ok("storyDeportations", "locations", locations, "from", from, "to", to);
    }

    private static String quote(Map<String, Object> event) {
        List<?> citations = (List<?>) event.get("citations");
        return citations.isEmpty() ? null : (String) ((Map<?, ?>) citations.get(0)).get("quote");
    }

    private static long deportationMarks(JsonPath answer) {
        return answer.getList("data.events.nodes").size();
    }

    /** Interventions that PREVENTED an AVERTED deportation, each once. */
    private static long preventingInterventions(JsonPath answer) {
        Set<String> ids = new HashSet<>();
        List<Map<String, Object>> events = answer.getList("data.events.nodes");
        for (Map<String, Object> event : events) {
            if ("AVERTED".equals(event.get("status"))) {
                for (Object target : (List<?>) event.get("interventions")) {
                    Map<?, ?> t = (Map<?, ?>) target;
                    if ("PREVENTED".equals(t.get("outcome"))) {
                        ids.add((String) ((Map<?, ?>) t.get("intervention")).get("id"));
                    }
                }
            }
        }
        return ids.size();
    }

    private static long yearly(JsonPath arrivals) {
        return arrivals.getList("data.events.nodes.date.precision").stream().filter("YEAR"::equals).count();
    }

    private static long disputed(JsonPath arrivals) {
        List<Map<String, Object>> events = arrivals.getList("data.events.nodes");
        return events.stream().filter(e -> "YEAR".equals(((Map<?, ?>) e.get("date")).get("precision")))
                .flatMap(e -> ((List<?>) e.get("claims")).stream()).filter(c -> Boolean.TRUE.equals(((Map<?, ?>) c).get("disputed")))
                .count();
    }

    private static List<Path> downloaded(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.toString().endsWith(".crdownload")).filter(f -> f.toFile().length() > 0).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole page as a browser this wide shows it; at 375 px nothing may stick out sideways. */
    private void screenshotAt(int width, String name) throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            new WebDriverWait(browser, WAIT).until(b -> ((Number) browser.executeScript("return window.innerWidth")).intValue() == width);
            browser.executeScript("window.dispatchEvent(new Event('resize'))");
            long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
            long sideways = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertTrue(sideways <= width, "at " + width + " px the page is " + sideways + " px wide");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
            screenshot(name);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name, getClass().getSimpleName().endsWith("IT"));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
