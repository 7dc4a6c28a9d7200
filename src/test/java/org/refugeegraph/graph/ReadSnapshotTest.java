package org.refugeegraph.graph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.refugeegraph.IcelandEvents;
import org.refugeegraph.TestDatabase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A page, its totalCount and a second count of the same list are separate statements; while
 * another connection keeps adding and removing matching rows, they still agree in every answer,
 * because a query reads from one snapshot.
 */
@QuarkusTest
class ReadSnapshotTest {
    private static final String TITLE = "snapshot test row";

    @Test
    void pageAndTotalCountAgreeWhileRowsAreWritten() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger writes = new AtomicInteger();
        // Read here: the writer's pool thread does not see the application's configuration
        TestDatabase database = TestDatabase.application();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeUntilStopped(database, writing, writes));
        List<String> disagreements = new ArrayList<>();
        try {
            for (int i = 0; i < 300 && !writer.isDone(); i++) {
                JsonPath answer = ok("snapshot", "filter", IcelandEvents.FILTER);
                int rows = answer.getList("data.page.nodes").size();
                int total = answer.getInt("data.page.totalCount");
                int again = answer.getInt("data.again.totalCount");
                if (rows != total || total != again) {
                    disagreements.add("rows " + rows + ", totalCount " + total + ", again " + again);
                }
            }
        } finally {
            writing.set(false);
            writer.join();
            try (Connection connection = database.connect()) {
                IcelandEvents.remove(connection, TITLE);
            }
        }
        assertThat("rows written while querying", writes.get(), greaterThan(100));
        assertEquals(0, disagreements.size(), "answers that disagree with themselves, e.g. "
                + disagreements.subList(0, Math.min(5, disagreements.size())));
    }

    /** Adds a row and removes it again, each committed on its own, so the list keeps changing size. */
    private static void writeUntilStopped(TestDatabase database, AtomicBoolean writing, AtomicInteger writes) {
        try (Connection connection = database.connect();
                PreparedStatement insert = IcelandEvents.inserter(connection);
                PreparedStatement delete = connection.prepareStatement("delete from event where title = ?")) {
            insert.setString(1, TITLE);
            delete.setString(1, TITLE);
            while (writing.get()) {
                insert.executeUpdate();
                delete.executeUpdate();
                writes.addAndGet(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
