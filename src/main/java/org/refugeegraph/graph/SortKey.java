package org.refugeegraph.graph;

import java.util.function.Function;

/**
 * How a list is ordered for keyset paging: a SQL expression backed by an index with the row id
 * as tie-breaker, how to read the key from a row for its cursor, and how to parse it back.
 *
 * @param name       names the ordering inside cursors, so a cursor cannot be used with another ordering
 * @param sql        the sort expression, e.g. "e.date_start"
 * @param descending whether the list runs from high to low keys
 * @param keyOf      the row's sort key, written into its cursor
 * @param parseKey   the cursor's key back into a value to bind in SQL
 * @param idOf       the row's database id
 */
public record SortKey<T>(String name, String sql, boolean descending,
                         Function<T, Object> keyOf, Function<String, Object> parseKey, Function<T, Long> idOf) {
}
