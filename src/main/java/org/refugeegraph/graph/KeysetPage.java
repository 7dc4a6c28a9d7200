package org.refugeegraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

import jakarta.persistence.EntityManager;

/**
 * One page of rows fetched by keyset: "where (key, id) > (:cursorKey, :cursorId) order by key, id
 * limit n+1". The extra row tells whether another page follows, without counting.
 */
public record KeysetPage<T>(List<T> rows, List<String> cursors, PageInfo pageInfo, LongSupplier counter) {

    public static <T> KeysetPage<T> fetch(EntityManager em, Class<T> type, SqlFilter filter, SortKey<T> sort,
                                          PageRequest request) {
        SqlFilter query = filter.copy();
        String row = "(" + sort.sql() + ", " + filter.alias() + ".id)";
        if (request.after() != null) {
            Cursor after = Cursor.decode(request.after(), sort.name());
            query.where(row + (sort.descending() ? " < " : " > ") + "(:afterKey, :afterId)",
                    "afterKey", parse(sort, after), "afterId", after.id());
        }
        if (request.before() != null) {
            Cursor before = Cursor.decode(request.before(), sort.name());
            query.where(row + (sort.descending() ? " > " : " < ") + "(:beforeKey, :beforeId)",
                    "beforeKey", parse(sort, before), "beforeId", before.id());
        }
        String direction = sort.descending() != request.backward() ? " desc" : " asc";
        String sql = "select " + filter.alias() + ".* " + query.fromWhere()
                + " order by " + sort.sql() + direction + ", " + filter.alias() + ".id" + direction
                + " limit " + (request.size() + 1);
        @SuppressWarnings("unchecked")
        List<T> fetched = query.bind(em.createNativeQuery(sql, type)).getResultList();

        boolean more = fetched.size() > request.size();
        List<T> rows = new ArrayList<>(more ? fetched.subList(0, request.size()) : fetched);
        if (request.backward()) {
            Collections.reverse(rows);
        }
        List<String> cursors = rows.stream()
                .map(r -> new Cursor(sort.name(), String.valueOf(sort.keyOf().apply(r)), sort.idOf().apply(r)).encode())
                .toList();
        // Forwards, a cursor we came from means rows lie before it; backwards, the same holds after.
        boolean hasNext = request.backward() ? request.before() != null : more;
        boolean hasPrevious = request.backward() ? more : request.after() != null;
        PageInfo pageInfo = new PageInfo(hasNext, hasPrevious,
                cursors.isEmpty() ? null : cursors.get(0), cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        LongSupplier counter = () -> ((Number) filter.bind(em.createNativeQuery("select count(*) " + filter.fromWhere()))
                .getSingleResult()).longValue();
        return new KeysetPage<>(rows, cursors, pageInfo, counter);
    }

    public <E> List<E> edges(BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            edges.add(edge.apply(cursors.get(i), rows.get(i)));
        }
        return edges;
    }

    private static Object parse(SortKey<?> sort, Cursor cursor) {
        try {
            return sort.parseKey().apply(cursor.key());
        } catch (RuntimeException e) {
            throw Cursor.malformed(cursor.encode());
        }
    }
}
