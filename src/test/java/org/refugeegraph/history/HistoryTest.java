package org.refugeegraph.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;
import org.refugeegraph.SqlStatementCounter;
import org.refugeegraph.TestDatabase;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.NodeType;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * History over HTTP: writes through the mutations (as an editor) and straight in the database (as
 * 'database', or as an editor named for the transaction), read back as revisions and as the feed.
 * Every event here is the test's own, in Iceland, and is deleted afterwards; seeded rows are never touched.
 */
@QuarkusTest
class HistoryTest {
    private static final Map<String, String> NO_CHANGE = Map.of();

    private final String run = "history-test " + UUID.randomUUID() + " ";
    private Connection db;

    @BeforeEach
    void connect() throws SQLException {
        db = TestDatabase.application().connect();
    }

    @AfterEach
    void removeOwnRows() throws SQLException {
        try (PreparedStatement claims = db.prepareStatement(
                "delete from count_claim_record where event_id in (select id from event_record where title like ?)");
             PreparedStatement citations = db.prepareStatement(
                     "delete from citation_record where event_id in (select id from event_record where title like ?)");
             PreparedStatement events = db.prepareStatement("delete from event_record where title like ?");
             PreparedStatement sources = db.prepareStatement("delete from source where title like ?")) {
            for (PreparedStatement delete : List.of(claims, citations, events, sources)) {
                delete.setString(1, run + "%");
                delete.executeUpdate();
            }
        } finally {
            db.close();
        }
    }

    @Test
    void anEditorsWritesAreRecordedUnderTheAccountName() throws SQLException {
        Account editor = Accounts.create("EDITOR");
        String since = now();
        String sourceId = okAs(editor, "createSource", "input", Map.of("title", run + "source", "publisher", "History Test"))
                .getString("data.createSource.source.id");
        String actorId = okAs(editor, "createActor", "input", Map.of("name", run + "actor", "kind", "NGO"))
                .getString("data.createActor.actor.id");

        List<Map<String, Object>> changes = ok("changes", "since", since).getList("data.changes.edges.node");
        assertEquals(List.of(sourceId, actorId), changes.stream().map(c -> c.get("id")).toList());
        assertEquals(List.of("Source", "Actor"), changes.stream().map(c -> c.get("type")).toList());
        assertEquals(List.of("CREATED", "CREATED"), changes.stream().map(c -> c.get("action")).toList());
        assertEquals(List.of(editor.username(), editor.username()), changes.stream().map(c -> c.get("editor")).toList());
        assertEquals(Map.of("__typename", "Source", "id", sourceId), changes.get(0).get("node"));
        assertEquals(Map.of("__typename", "Actor", "id", actorId), changes.get(1).get("node"));
        assertEquals(Map.of("authors", "[]", "publisher", "History Test", "title", run + "source"), values(changes.get(0), "after"));
        assertEquals(NO_CHANGE, values(changes.get(0), "before"));

        List<Map<String, Object>> revisions = ok("history", "id", sourceId).getList("data.history");
        assertEquals(1, revisions.size());
        assertEquals(editor.username(), revisions.get(0).get("editor"));
        assertEquals("CREATED", revisions.get(0).get("action"));

        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("delete from actor where name = '" + run + "actor'");
        }
    }

    @Test
    void eventHistoryListsCreatedUpdatedAndRetractedWithEditorsAndValues() throws SQLException {
        long id = insertEvent(run + "first title");
        String eventId = GlobalId.encode(NodeType.Event, id);
        try {
            db.setAutoCommit(false);
            execute("select set_config('refugee_graph.editor', 'sql-editor', true)");
            execute("update event set title = '" + run + "second title', version = version + 1 where id = " + id);
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        // neither is an editor's change: the derived people_best, and an update that changes nothing
        execute("update event set people_best = 7 where id = " + id);
        execute("update event set title = title where id = " + id);

        JsonPath read = ok("history", "id", eventId);
        List<Map<String, Object>> revisions = read.getList("data.history");
        assertEquals(revisions, read.getList("data.node.history"), "Event.history and Query.history agree");
        assertEquals(List.of("CREATED", "UPDATED"), revisions.stream().map(r -> r.get("action")).toList());
        assertEquals(List.of("database", "sql-editor"), revisions.stream().map(r -> r.get("editor")).toList());
        Map<String, String> created = values(revisions.get(0), "after");
        assertEquals(run + "first title", created.get("title"));
        assertEquals("ARREST", created.get("kind"));
        assertEquals(ok("country", "code", "ISL").getString("data.country.id"), created.get("location"));
        assertFalse(created.containsKey("peopleBest") || created.containsKey("search") || created.containsKey("summary"), created.toString());
        assertEquals(List.of(Map.of("field", "title", "before", run + "first title", "after", run + "second title"),
                Map.of("field", "version", "before", "1", "after", "2")), revisions.get(1).get("changes"));

        execute("update event set retracted_at = now(), retraction_reason = 'Duplicate of another report',"
                + " version = version + 1 where id = " + id);
        JsonPath retracted = query("history", "id", eventId);
        assertEquals(List.of("NOT_FOUND"), retracted.getList("errors.extensions.code"), "a retracted event leaves node()");
        revisions = retracted.getList("data.history");
        assertEquals(List.of("CREATED", "UPDATED", "RETRACTED"), revisions.stream().map(r -> r.get("action")).toList());
        Map<String, Object> retraction = revisions.get(2);
        assertEquals("database", retraction.get("editor"));
        assertEquals(List.of("retractedAt", "retractionReason", "version"),
                ((List<Map<String, Object>>) retraction.get("changes")).stream().map(c -> c.get("field")).toList());
        assertEquals("Duplicate of another report", values(retraction, "after").get("retractionReason"));
        assertNull(values(retraction, "before").get("retractedAt"));
        assertNotNull(OffsetDateTime.parse(values(retraction, "after").get("retractedAt")));
        assertNotNull(OffsetDateTime.parse((String) retraction.get("at")));
    }

    @Test
    void historiesOfAWholeLevelLoadInOneStatementAndClaimsHaveTheirOwn() throws SQLException {
        long first = insertEvent(run + "one");
        insertEvent(run + "two");
        insertEvent(run + "three");
        execute("update event set summary = 'Added later.' where id = " + first);
        long source = insertReturningId("insert into source (title, publisher) values ('" + run + "source', 'History Test') returning id");
        long citation = insertReturningId("insert into citation (source_id, quote, event_id) values (" + source
                + ", 'Ten people were arrested.', " + first + ") returning id");
        long claim = insertReturningId("insert into count_claim (event_id, citation_id, best, qualifier, text, preferred) values ("
                + first + ", " + citation + ", 10, 'EXACT', 'ten', true) returning id");
        execute("update count_claim set best = 12, text = 'twelve' where id = " + claim);

        SqlStatementCounter.reset();
        List<Map<String, Object>> events = ok("icelandHistory").getList("data.events.nodes");
        List<String> historyStatements = SqlStatementCounter.statements().stream().filter(sql -> sql.contains(" from change ")).toList();
        assertEquals(2, historyStatements.size(), "one statement for the events' histories, one for the claims': " + historyStatements);

        List<Map<String, Object>> ours = events.stream().filter(e -> ((String) e.get("title")).startsWith(run)).toList();
        assertEquals(List.of(run + "one", run + "two", run + "three"), ours.stream().map(e -> e.get("title")).toList());
        // the claim moved people_best twice; neither is recorded as a change of the event
        assertEquals(List.of("CREATED", "UPDATED"), actions(ours.get(0).get("history")));
        assertEquals(List.of(Map.of("field", "summary", "after", "Added later.")),
                ((List<Map<String, Object>>) ((List<Map<String, Object>>) ours.get(0).get("history")).get(1).get("changes"))
                        .stream().map(HistoryTest::withoutNulls).toList());
        assertEquals(List.of("CREATED"), actions(ours.get(1).get("history")));
        assertEquals(List.of("CREATED"), actions(ours.get(2).get("history")));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) ours.get(0).get("claims");
        assertEquals(1, claims.size());
        assertEquals(List.of("CREATED", "UPDATED"), actions(claims.get(0).get("history")));
    }

    @Test
    void interventionsAndTheirTargetsHaveHistoryToo() throws SQLException {
        long actor = insertReturningId("insert into actor (name, kind) values ('" + run + "actor', 'NGO') returning id");
        long event = insertEvent(run + "targeted");
        String since = now();
        long intervention = insertReturningId("insert into intervention (kind, title, date_start, date_end, date_precision, actor_id)"
                + " values ('ADVOCACY', '" + run + "appeal', current_date, current_date, 'DAY', " + actor + ") returning id");
        long target = insertReturningId("insert into intervention_target (intervention_id, event_id, outcome) values ("
                + intervention + ", " + event + ", 'UNKNOWN') returning id");
        execute("update intervention set kind = 'PUBLIC_STATEMENT' where id = " + intervention);
        String interventionId = GlobalId.encode(NodeType.Intervention, intervention);
        try {
            JsonPath read = ok("history", "id", interventionId);
            assertEquals(read.getList("data.history"), read.getList("data.node.history"));
            List<Map<String, Object>> revisions = read.getList("data.history");
            assertEquals(List.of("CREATED", "UPDATED"), actions(revisions));
            assertEquals(GlobalId.encode(NodeType.Actor, actor), values(revisions.get(0), "after").get("actor"));
            assertEquals(List.of(Map.of("field", "kind", "before", "ADVOCACY", "after", "PUBLIC_STATEMENT")),
                    revisions.get(1).get("changes"));

            List<Map<String, Object>> changes = ok("changes", "since", since).getList("data.changes.edges.node");
            assertEquals(List.of("Intervention", "InterventionTarget", "Intervention"), changes.stream().map(c -> c.get("type")).toList());
            Map<String, Object> link = changes.get(1);
            assertEquals(GlobalId.encode("InterventionTarget", target), link.get("id"));
            assertNull(link.get("node"), "a target is read through its intervention");
            assertEquals(Map.of("event", GlobalId.encode(NodeType.Event, event), "intervention", interventionId, "outcome", "UNKNOWN"),
                    values(link, "after"));
        } finally {
            execute("delete from intervention_target_record where id = " + target);
            execute("delete from intervention_record where id = " + intervention);
            execute("delete from actor where id = " + actor);
        }
    }

    @Test
    void changesSinceAnInstantComeOldestFirstPageByPageWithRetractions() throws SQLException {
        insertEvent(run + "earlier");
        String since = now();
        long kept = insertEvent(run + "kept");
        long withdrawn = insertEvent(run + "withdrawn");
        execute("update event set title = '" + run + "kept, renamed' where id = " + kept);
        execute("update event set retracted_at = now(), retraction_reason = 'Not about North Koreans' where id = " + withdrawn);
        String keptId = GlobalId.encode(NodeType.Event, kept);
        String withdrawnId = GlobalId.encode(NodeType.Event, withdrawn);

        JsonPath page1 = ok("changes", "since", since, "first", 2);
        assertEquals(4, page1.getInt("data.changes.totalCount"));
        assertTrue(page1.getBoolean("data.changes.pageInfo.hasNextPage"));
        JsonPath page2 = ok("changes", "since", since, "first", 2, "after", page1.getString("data.changes.pageInfo.endCursor"));
        assertFalse(page2.getBoolean("data.changes.pageInfo.hasNextPage"));
        List<Map<String, Object>> changes = new ArrayList<>(page1.getList("data.changes.edges.node"));
        changes.addAll(page2.getList("data.changes.edges.node"));

        assertEquals(List.of(keptId, withdrawnId, keptId, withdrawnId), changes.stream().map(c -> c.get("id")).toList());
        assertEquals(List.of("CREATED", "CREATED", "UPDATED", "RETRACTED"), actions(changes));
        assertEquals(Map.of("__typename", "Event", "id", keptId), changes.get(0).get("node"));
        assertNull(changes.get(1).get("node"), "a retracted event is no node any more");
        assertNull(changes.get(3).get("node"));
        assertEquals(Map.of("retractedAt", "", "retractionReason", "Not about North Koreans"),
                values(changes.get(3), "after").entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getKey().equals("retractedAt") ? "" : e.getValue())));

        String endCursor = page2.getString("data.changes.pageInfo.endCursor");
        JsonPath nothingNew = ok("changes", "since", since, "after", endCursor);
        assertEquals(List.of(), nothingNew.getList("data.changes.edges"));
        assertNull(nothingNew.getString("data.changes.pageInfo.endCursor"));

        execute("update event set summary = 'Polled.' where id = " + kept);
        List<Map<String, Object>> polled = ok("changes", "since", since, "after", endCursor).getList("data.changes.edges.node");
        assertEquals(List.of("UPDATED"), actions(polled));
        assertEquals(Map.of("summary", "Polled."), values(polled.get(0), "after"));
    }

    @Test
    void aChangeWaitsForEveryTransactionThatBeganWritingBeforeIt() throws SQLException {
        String since = now();
        try (Connection slow = TestDatabase.application().connect()) {
            slow.setAutoCommit(false);
            long early;
            try (Statement statement = slow.createStatement()) {
                early = insertReturningId(statement, eventInsert(run + "slow"));
            }
            long late = insertEvent(run + "fast");
            assertEquals(List.of(), ok("changes", "since", since).getList("data.changes.edges"),
                    "the committed change waits: a cursor past it would skip the slower transaction's");
            slow.commit();
            assertEquals(List.of(GlobalId.encode(NodeType.Event, early), GlobalId.encode(NodeType.Event, late)),
                    ok("changes", "since", since).getList("data.changes.edges.node.id"));
        }
    }

    @Test
    void badArgumentsAreErrorsWithCodes() {
        String since = "2026-01-01T00:00:00Z";
        assertEquals(List.of("VALIDATION"), query("changes", "since", since, "first", 101).getList("errors.extensions.code"));
        assertEquals(List.of("VALIDATION"), query("changes", "since", since, "after", "not-a-cursor").getList("errors.extensions.code"));
        String eventCursor = ok("events", "first", 1).getString("data.events.pageInfo.endCursor");
        JsonPath foreign = query("changes", "since", since, "after", eventCursor);
        assertEquals(List.of("VALIDATION"), foreign.getList("errors.extensions.code"), foreign.prettify());
        assertEquals(List.of("VALIDATION", "VALIDATION"), query("history", "id", "nonsense").getList("errors.extensions.code"),
                "history(id) and node(id) both refuse it");
        // Refused by the engine's DateTime scalar before our code runs; its error names the argument and the type.
        // (Its extensions carry no code yet: that is the engine's, for every scalar, see ErrorsTest.)
        JsonPath badSince = query("changes", "since", "last Tuesday");
        assertTrue(badSince.getString("errors[0].message").contains("'since'"), badSince.prettify());
        assertTrue(badSince.getString("errors[0].message").contains("'DateTime'"), badSince.prettify());
        assertNull(badSince.get("data"));
    }

    // ------------------------------------------------------------------ helpers

    private String now() throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery("select clock_timestamp()")) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toString();
        }
    }

    private static String eventInsert(String title) {
        return "insert into event (kind, status, title, date_start, date_end, date_precision, location_id)"
                + " select 'ARREST', 'UNKNOWN', '" + title.replace("'", "''") + "', current_date, current_date, 'DAY', id"
                + " from country where alpha3 = 'ISL' returning id";
    }

    private long insertEvent(String title) throws SQLException {
        return insertReturningId(eventInsert(title));
    }

    private long insertReturningId(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            return insertReturningId(statement, sql);
        }
    }

    private static long insertReturningId(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The before or after values of a revision or change, by field, without the nulls. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> values(Map<String, Object> revision, String side) {
        Map<String, String> values = new java.util.TreeMap<>();
        for (Map<String, Object> change : (List<Map<String, Object>>) revision.get("changes")) {
            if (change.get(side) != null) {
                values.put((String) change.get("field"), (String) change.get(side));
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> actions(Object revisions) {
        return ((List<Map<String, Object>>) revisions).stream().map(r -> r.get("action")).toList();
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new java.util.TreeMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
