package org.refugeegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 quoting, on values the cited data set does not (yet) contain. */
class CsvEventWriterTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndDoublesTheQuotes() {
        assertEquals("plain text", CsvEventWriter.field("plain text"));
        assertEquals("\"about 1,000\"", CsvEventWriter.field("about 1,000"));
        assertEquals("\"the \"\"Dandong\"\" route\"", CsvEventWriter.field("the \"Dandong\" route"));
        assertEquals("\"two\r\nlines\"", CsvEventWriter.field("two\r\nlines"));
        assertEquals("\"one\nline feed\"", CsvEventWriter.field("one\nline feed"));
        assertEquals("China's", CsvEventWriter.field("China's"));
    }

    @Test
    void writesAHeaderAndOneCrlfTerminatedLinePerRow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvEventWriter csv = new CsvEventWriter(out);
        csv.begin();
        csv.row(new EventRow("RXZlbnQ6MQ", "DEPORTATION", "CARRIED_OUT", "Officials said \"50\", then \"60\"", "2021-07",
                "2021-07-01", "2021-07-31", "CHN", "PRK", "PRK", null, 50, null, null, "APPROXIMATE", "about 50",
                List.of("A, B", "C"), Arrays.asList("https://example.org/a", null)));
        csv.end();

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n", -1);
        assertEquals(3, lines.length, "header, one row, and the final line end");
        assertEquals(String.join(",", EventRow.COLUMNS), lines[0]);
        assertEquals("RXZlbnQ6MQ,DEPORTATION,CARRIED_OUT,\"Officials said \"\"50\"\", then \"\"60\"\"\",2021-07,"
                + "2021-07-01,2021-07-31,CHN,PRK,PRK,,50,,,APPROXIMATE,about 50,\"A, B | C\",https://example.org/a | ", lines[1]);
        assertEquals("", lines[2]);
    }
}
