package org.refugeegraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * The WHERE part of a native select over one table, built from optional filter arguments, with
 * named parameters. Native SQL keeps the generated statements plain enough to EXPLAIN and index.
 */
public final class SqlFilter {
    private final String table;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public SqlFilter(String table, String alias) {
        this.table = table;
        this.alias = alias;
    }

    /** Adds a condition; pairs are parameter name, value, name, value, ... */
    public SqlFilter where(String condition, Object... namesAndValues) {
        conditions.add(condition);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** Rows whose date range [date_start, date_end] overlaps [from, to]; either end may be open. */
    public SqlFilter overlapping(Period period) {
        if (period.from() != null) {
            where(alias + ".date_end >= :from", "from", period.from());
        }
        if (period.to() != null) {
            where(alias + ".date_start <= :to", "to", period.to());
        }
        return this;
    }

    /** Whether a list argument restricts anything: omitted and empty lists do not. */
    public static boolean present(List<?> values) {
        return values != null && !values.isEmpty();
    }

    public SqlFilter copy() {
        SqlFilter copy = new SqlFilter(table, alias);
        copy.conditions.addAll(conditions);
        copy.params.putAll(params);
        return copy;
    }

    public String table() {
        return table;
    }

    public String alias() {
        return alias;
    }

    /** The conditions joined with "and", or "true" when there are none. */
    public String conditions() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** "from event e where ...". */
    public String fromWhere() {
        return "from " + table + " " + alias + (conditions.isEmpty() ? "" : " where " + conditions());
    }

    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
