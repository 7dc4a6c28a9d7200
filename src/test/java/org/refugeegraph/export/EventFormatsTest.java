package org.refugeegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.export.EventExportResourceTest.COLUMNS;
import static org.refugeegraph.export.EventExportResourceTest.parseCsv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;

/** The CSV and JSON of rows the cited data set does not (yet) contain: quoting and the formula escape. */
class EventFormatsTest {
    private final EventFormats formats = new EventFormats(new ObjectMapper());

    @Test
    void csvHasAHeaderAndOneCrlfLinePerRowQuotingOnlyWhatRfc4180Needs() throws IOException {
        String csv = csv(row("Officials said \"50\", then \"60\"", "about 1,000", List.of("A, B", "C"),
                Arrays.asList("https://example.org/a", null)),
                row("two\r\nlines", "one\nline feed", List.of("China's #1 source"), List.of()));

        assertEquals(String.join(",", COLUMNS) + "\r\n"
                + "RXZlbnQ6MQ,DEPORTATION,CARRIED_OUT,\"Officials said \"\"50\"\", then \"\"60\"\"\",2021-07,2021-07-01,"
                + "2021-07-31,CHN,PRK,PRK,,50,,,APPROXIMATE,\"about 1,000\",\"A, B | C\",https://example.org/a | \r\n"
                + "RXZlbnQ6MQ,DEPORTATION,CARRIED_OUT,\"two\r\nlines\",2021-07,2021-07-01,"
                + "2021-07-31,CHN,PRK,PRK,,50,,,APPROXIMATE,\"one\nline feed\",China's #1 source,\r\n", csv);
        List<List<String>> records = parseCsv(csv);
        assertEquals(3, records.size());
        assertEquals(List.of("Officials said \"50\", then \"60\"", "about 1,000", "A, B | C", "https://example.org/a | "),
                List.of(records.get(1).get(3), records.get(1).get(15), records.get(1).get(16), records.get(1).get(17)));
        assertEquals(List.of("two\r\nlines", "one\nline feed"), List.of(records.get(2).get(3), records.get(2).get(15)));
    }

    @Test
    void csvOfNoRowsIsTheHeader() throws IOException {
        assertEquals(String.join(",", COLUMNS) + "\r\n", csv());
    }

    /** Spreadsheet programs would run these cells as formulas: each becomes text with a leading '. */
    @ParameterizedTest
    @ValueSource(strings = { "=", "+", "-", "@" })
    void csvCellsThatStartLikeAFormulaStartWithAQuote(String start) throws IOException {
        String formula = start + "HYPERLINK(\"https://evil.example\",\"click\")";
        List<String> record = parseCsv(csv(row(formula, start + "5", List.of(formula, formula), List.of("x" + start))))
                .get(1);
        assertEquals("'" + formula, record.get(3));
        assertEquals("'" + start + "5", record.get(15));
        assertEquals("'" + formula + " | " + formula, record.get(16), "a list cell is escaped once, at its start");
        assertEquals("x" + start, record.get(17), "only the first character counts");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithNullsAndSourceLists() throws IOException {
        String formula = "=1+1";
        String json = json(row(formula, "about 50", List.of("A"), Arrays.asList((String) null)));
        assertEquals("[{\"id\":\"RXZlbnQ6MQ\",\"kind\":\"DEPORTATION\",\"status\":\"CARRIED_OUT\",\"title\":\"=1+1\","
                + "\"date\":\"2021-07\",\"date_start\":\"2021-07-01\",\"date_end\":\"2021-07-31\",\"location\":\"CHN\","
                + "\"origin\":\"PRK\",\"destination\":\"PRK\",\"perpetrator\":null,\"people_best\":50,\"people_low\":null,"
                + "\"people_high\":null,\"people_qualifier\":\"APPROXIMATE\",\"people_text\":\"about 50\","
                + "\"source_titles\":[\"A\"],\"source_urls\":[null]}]", json, "JSON needs no formula escape");
        assertEquals("[]", json());
    }

    private static EventRow row(String title, String peopleText, List<String> sourceTitles, List<String> sourceUrls) {
        return new EventRow("RXZlbnQ6MQ", "DEPORTATION", "CARRIED_OUT", title, "2021-07", "2021-07-01", "2021-07-31",
                "CHN", "PRK", "PRK", null, 50, null, null, "APPROXIMATE", peopleText, sourceTitles, sourceUrls);
    }

    private String csv(EventRow... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(formats.csv(out), rows);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String json(EventRow... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(formats.json(out), rows);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(SequenceWriter writer, EventRow... rows) throws IOException {
        for (EventRow row : rows) {
            writer.write(row);
        }
        writer.close();
    }
}
