package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.query;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Fuzzing: thousands of random and mutated requests ({@link GraphqlFuzzProperties}) get no 5xx, no error without a
 * code and no leak, and afterwards the headline question still gets the same answer. jqwik runs the properties with
 * its own engine, started here once the service is up, with a fixed seed so that a failure replays.
 * <p>
 * {@code -Drefugee-graph.test.fuzz.seed=...} picks another seed (jqwik prints the one that failed);
 * {@code -Drefugee-graph.test.fuzz.tries=...} the tries per property (4 properties; default 600, about 30 s here).
 */
@QuarkusTest
class GraphqlFuzzTest {

    @Test
    void randomAndMutatedRequestsNeverBreakTheService() {
        JsonPath headline = ok("headline");
        String seed = System.getProperty(GraphqlFuzzProperties.SEED, "20261202");
        String tries = System.getProperty(GraphqlFuzzProperties.TRIES, "600");
        System.setProperty(GraphqlFuzzProperties.SEED, seed);
        System.setProperty(GraphqlFuzzProperties.TRIES, tries);
        System.setProperty(GraphqlFuzzProperties.URL, RestAssured.baseURI + ":" + RestAssured.port);

        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(GraphqlFuzzProperties.class))
                .filters(EngineFilter.includeEngines("jqwik"))
                .configurationParameter("jqwik.database", "target/jqwik-database")
                .configurationParameter("jqwik.seeds.whenfixed", "ALLOW")
                .build(), listener);
        TestExecutionSummary summary = listener.getSummary();

        String failures = summary.getFailures().stream()
                .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .collect(Collectors.joining("\n"));
        assertEquals(0, summary.getTotalFailureCount(), "seed " + seed + ", " + tries + " tries per property:\n" + failures);
        assertEquals(4, summary.getTestsSucceededCount(), "every property ran");
        assertEquals(headline.prettify(), ok("headline").prettify(), "the headline answers as before");
    }

    /** Found by this fuzzing (an unseeded run): the largest double for an Int was an INTERNAL error, logged with its stack. */
    @Test
    void aValueThatDoesNotFitItsTypeIsTheClientsMistake() {
        JsonPath answer = query("actorsPage", "first", -Double.MAX_VALUE);
        assertEquals(ErrorCodes.VALIDATION_FAILED, answer.getString("errors[0].extensions.code"), answer.prettify());
    }
}
