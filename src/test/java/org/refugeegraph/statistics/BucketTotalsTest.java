package org.refugeegraph.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.refugeegraph.graph.CountQualifier;
import org.refugeegraph.graph.PeopleCount;

/**
 * How a statistics bucket states its total from the sums over its events' preferred counts
 * ({@code StatisticsService.people}). The sums themselves are computed by PostgreSQL in the statistics query (one
 * statement, see StatisticsApiTest for them on the cited data set); this is the part that is plain Java: a total
 * with an event that has no number or no upper bound is only a lower bound.
 */
class BucketTotalsTest {

    private static void assertCount(Integer best, Integer low, Integer high, CountQualifier qualifier, String text,
                                    PeopleCount count) {
        assertEquals(Arrays.asList(best, low, high, qualifier, text),
                Arrays.asList(count.getBest(), count.getLow(), count.getHigh(), count.getQualifier(), count.getText()));
    }

    @Test
    void exactFiguresAddUpToAnExactTotal() {
        assertCount(1234, 1234, 1234, CountQualifier.EXACT, "1,234",
                StatisticsService.people(3, 1234, 1234, 1234, 0, 0, true));
    }

    @Test
    void approximateFiguresWithoutSpreadGiveAnApproximateTotal() {
        assertCount(150, 150, 150, CountQualifier.APPROXIMATE, "about 150",
                StatisticsService.people(2, 150, 150, 150, 0, 0, false));
    }

    @Test
    void boundsThatDifferGiveARangeWithTheBestEstimate() {
        assertCount(75, 60, 90, CountQualifier.RANGE, "60-90, best estimate 75",
                StatisticsService.people(2, 75, 60, 90, 0, 0, false));
    }

    @Test
    void withoutAnyBestEstimateTheRangeStandsAlone() {
        assertCount(null, 10, 20, CountQualifier.RANGE, "10-20",
                StatisticsService.people(1, null, 10, 20, 0, 1, false));
    }

    @Test
    void anEventWithOnlyALowerBoundMakesTheTotalAtLeastWithoutHigh() {
        // "more than 500" plus an exact 50: at least 550, and no upper bound.
        assertCount(550, 550, null, CountQualifier.AT_LEAST, "at least 550",
                StatisticsService.people(2, 550, 550, 50, 1, 0, false));
    }

    @Test
    void eventsWithoutAFigureAreCountedButNotSummedAndSaidSo() {
        assertCount(1200, 1200, null, CountQualifier.AT_LEAST, "at least 1,200 (2 of 5 events without a single figure)",
                StatisticsService.people(5, 1200, 1200, 1200, 2, 2, false));
    }

    @Test
    void noFigureAtAllIsAnUnknownLowerBound() {
        assertCount(null, null, null, CountQualifier.AT_LEAST, "no source gives a number",
                StatisticsService.people(4, null, null, null, 4, 4, false));
    }
}
