package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PartialDate.text: a date written as precisely as the sources give it, and no more. */
class PartialDateTest {

    @ParameterizedTest(name = "{0}..{1} by {2} is {3}")
    @CsvSource({
            // a day is the ISO date; a range of days names both ends
            "2021-07-14, 2021-07-14, DAY,     2021-07-14",
            "2019-11-23, 2019-11-29, DAY,     2019-11-23..2019-11-29",
            "2019-12-31, 2020-01-02, DAY,     2019-12-31..2020-01-02",
            // a month is the year and the month in two digits
            "2019-12-01, 2019-12-31, MONTH,   2019-12",
            "2020-02-01, 2020-02-29, MONTH,   2020-02",
            // a quarter is numbered from its first month
            "2021-01-01, 2021-03-31, QUARTER, 2021-Q1",
            "2021-04-01, 2021-06-30, QUARTER, 2021-Q2",
            "2021-07-01, 2021-09-30, QUARTER, 2021-Q3",
            "2021-10-01, 2021-12-31, QUARTER, 2021-Q4",
            // a year is the year alone
            "2020-01-01, 2020-12-31, YEAR,    2020",
    })
    void textSaysAsMuchAsThePrecision(LocalDate start, LocalDate end, DatePrecision precision, String text) {
        assertEquals(text, new PartialDate(start, end, precision).getText());
    }
}
