package org.refugeegraph.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.refugeegraph.IcelandEvents;
import org.refugeegraph.TestDatabase;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A CSV cell that starts with = + - or @ would run as a formula in a spreadsheet program (CSV injection): the
 * export writes it as text, with a leading apostrophe. Checked over HTTP on events written for the test
 * ({@link IcelandEvents}), whichever library writes the CSV and however it quotes.
 */
@QuarkusTest
class CsvFormulaEscapeTest {
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.org\")", "+1+2", "-3+4", "@SUM(A1:A2)");
    private static final String HARMLESS = "a=b, c+d and e-f@g";
    private static final String MARK = " (formula escape test)";

    @Test
    void cellsThatStartLikeAFormulaAreWrittenAsText() throws SQLException {
        try (Connection connection = TestDatabase.application().connect()) {
            try {
                for (String title : FORMULAS) {
                    IcelandEvents.add(connection, title + MARK);
                }
                IcelandEvents.add(connection, HARMLESS + MARK);

                String csv = given().queryParams(IcelandEvents.FILTER).when().get("/export/events.csv")
                        .then().statusCode(200).extract().asString();
                assertEquals(1 + FORMULAS.size() + 1, csv.split("\r\n").length, "the header and the five rows:\n" + csv);
                for (String formula : FORMULAS) {
                    // The cell, quoted or not, starts with the apostrophe and then the formula (quotes doubled).
                    String cell = "'" + formula.replace("\"", "\"\"");
                    assertThat(csv, containsString(cell));
                    assertEquals(false, Pattern.compile("(^|,)\"?" + Pattern.quote(formula.replace("\"", "\"\"")), Pattern.MULTILINE)
                            .matcher(csv).find(), "no cell starts with " + formula + ":\n" + csv);
                }
                assertThat("a sign inside a cell is left alone", csv, containsString(",\"" + HARMLESS + MARK + "\","));
            } finally {
                IcelandEvents.remove(connection, "%" + MARK);
            }
        }
    }
}
