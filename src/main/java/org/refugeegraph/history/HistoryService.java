package org.refugeegraph.history;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.KeysetPage;
import org.refugeegraph.graph.Node;
import org.refugeegraph.graph.NodeLoader;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PageRequest;

/**
 * Reads the history that the triggers of V8__history.sql record: revisions of a record, and the feed
 * of every change since an instant. Each change is shown as the fields whose values differ, named as
 * in the API (dateStart, retractionReason), links to other records as their global ids.
 */
@ApplicationScoped
public class HistoryService {
    /** A link column: the field name and the type of record it names. */
    private record Link(String field, String type) {
    }

    private static final Map<String, Link> LINKS = Map.ofEntries(
            Map.entry("location_id", new Link("location", "Country")),
            Map.entry("origin_id", new Link("origin", "Country")),
            Map.entry("destination_id", new Link("destination", "Country")),
            Map.entry("country_id", new Link("country", "Country")),
            Map.entry("perpetrator_id", new Link("perpetrator", "Actor")),
            Map.entry("actor_id", new Link("actor", "Actor")),
            Map.entry("part_of_id", new Link("partOf", "Event")),
            Map.entry("event_id", new Link("event", "Event")),
            Map.entry("intervention_id", new Link("intervention", "Intervention")),
            Map.entry("source_id", new Link("source", "Source")),
            Map.entry("citation_id", new Link("citation", "Citation")),
            Map.entry("treaty_participation_id", new Link("treatyParticipation", "TreatyParticipation")),
            Map.entry("intervention_target_id", new Link("interventionTarget", "InterventionTarget")));

    /** The record types that Query.node resolves: a change of one of them links its node. */
    private static final Set<String> NODE_TYPES = Arrays.stream(NodeType.values()).map(Enum::name).collect(Collectors.toSet());

    @Inject
    ChangeRepository changes;
    @Inject
    NodeLoader nodes;

    /** The revisions of each record of a query level, oldest first, in one statement. */
    public <T> List<List<Revision>> revisions(List<T> level, String entity, Function<T, Long> key) {
        return Batches.many(level, key, changes.of(entity, Batches.keys(level, key)), ChangeRecord::entityId).stream()
                .map(records -> records.stream().map(HistoryService::revision).toList())
                .toList();
    }

    /** The revisions of any node by its global id, including one that has been retracted. */
    public List<Revision> history(String id) {
        GlobalId globalId = GlobalId.decode(id);
        return changes.of(globalId.type().name(), List.of(globalId.key())).stream().map(HistoryService::revision).toList();
    }

    public ChangeConnection changes(OffsetDateTime since, PageRequest page) {
        if (page.backward()) {
            throw new BadInputException("changes pages forwards only: pass first and after.");
        }
        KeysetPage<ChangeRecord> fetched = changes.since(since, page);
        return new ChangeConnection(fetched.edges((cursor, record) -> new ChangeConnection.ChangeEdge(cursor,
                new Change(record, diff(record)))), fetched.pageInfo(), fetched.counter());
    }

    /** The node each change is about, in one statement per node type; null once retracted, and for records that are not nodes. */
    public List<Node> nodes(List<Change> level) {
        Map<String, Node> byId = new HashMap<>();
        Map<String, List<Change>> byType = level.stream().filter(change -> NODE_TYPES.contains(change.getType()))
                .collect(Collectors.groupingBy(Change::getType));
        byType.forEach((type, ofType) -> {
            for (Node node : nodes.byIds(NodeType.valueOf(type), Batches.keys(ofType, change -> change.record().entityId()))) {
                byId.put(node.getId(), node);
            }
        });
        return level.stream().map(change -> byId.get(change.getId())).toList();
    }

    static String globalId(String type, long key) {
        return GlobalId.encode(type, key);
    }

    private static Revision revision(ChangeRecord record) {
        return new Revision(record.changedAt(), record.editor(), record.action(), diff(record));
    }

    /** The fields whose values differ between the row before and after, by field name. */
    static List<FieldChange> diff(ChangeRecord record) {
        JsonObject before = record.before() == null ? JsonValue.EMPTY_JSON_OBJECT : parse(record.before());
        JsonObject after = parse(record.after());
        Set<String> columns = new TreeSet<>(after.keySet());
        columns.addAll(before.keySet());
        columns.remove("id"); // the record itself, not one of its values
        List<FieldChange> fields = new ArrayList<>();
        for (String column : columns) {
            String was = text(column, before.get(column));
            String is = text(column, after.get(column));
            if (!Objects.equals(was, is)) {
                Link link = LINKS.get(column);
                fields.add(new FieldChange(link != null ? link.field() : camelCase(column), was, is));
            }
        }
        fields.sort((a, b) -> a.getField().compareTo(b.getField()));
        return fields;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String text(String column, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Link link = LINKS.get(column);
        if (link != null && value instanceof JsonNumber number) {
            return globalId(link.type(), number.longValue());
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
