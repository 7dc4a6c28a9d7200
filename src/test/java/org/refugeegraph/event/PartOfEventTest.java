package org.refugeegraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.event.EventInputs.CREATED_IN;
import static org.refugeegraph.event.EventInputs.created;
import static org.refugeegraph.event.EventInputs.date;
import static org.refugeegraph.event.EventInputs.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;
import org.refugeegraph.TestDatabase;
import org.refugeegraph.graph.GlobalId;

import io.quarkus.test.junit.QuarkusTest;

/**
 * createEvent with partOfId. Statistics leave out events that are part of another, and a read test counts on the
 * data set having exactly one: so this test retracts its part event again through SQL, which an *IT cannot do
 * (it has no connection to the packaged application's database), hence no IT twin.
 */
@QuarkusTest
class PartOfEventTest {

    @Test
    void anEventRecordedAsPartOfAnotherLinksToIt() throws Exception {
        Account editor = Accounts.create("EDITOR");
        Map<String, Object> year = event(CREATED_IN, "A year's arrests (test)");
        year.put("date", date("2023-01-01", "2023-12-31", "YEAR"));
        String yearId = (String) created(editor, year).get("id");

        Map<String, Object> quarter = event(CREATED_IN, "A quarter's arrests within the year (test)");
        quarter.put("date", date("2023-04-01", "2023-06-30", "QUARTER"));
        quarter.put("partOfId", yearId);
        Map<String, Object> part = created(editor, quarter);
        try {
            assertEquals(Map.of("id", yearId), part.get("partOf"));
        } finally {
            try (Connection connection = TestDatabase.application().connect();
                    PreparedStatement retract = connection.prepareStatement(
                            "update event_record set retracted_at = now(), retraction_reason = 'test cleanup' where id = ?")) {
                retract.setLong(1, GlobalId.decode((String) part.get("id")).key());
                assertEquals(1, retract.executeUpdate());
            }
        }
    }
}
