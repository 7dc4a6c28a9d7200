package org.refugeegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * One page of rows fetched by keyset: "where (key, id) > (:cursorKey, :cursorId) order by key, id
 * limit n+1". The extra row tells whether another page follows, without counting; totalCount
 * runs its count only when a client asks for it.
 */
public record KeysetPage<T>(List<T> rows, List<String> cursors, PageInfo pageInfo, LongSupplier counter) {

    /** A page of a top-level list (Query.events, Query.actors, ...). */
    public static <T> KeysetPage<T> fetch(EntityManager em, Class<T> type, SqlFilter filter, SortKey<T> sort,
                                          PageRequest request) {
        SqlFilter query = withCursors(filter, sort, request);
        String sql = "select " + filter.alias() + ".* " + query.fromWhere() + orderAndLimit(filter, sort, request);
        @SuppressWarnings("unchecked")
        List<T> fetched = query.bind(em.createNativeQuery(sql, type)).getResultList();
        LongSupplier counter = () -> ((Number) filter.bind(em.createNativeQuery("select count(*) " + filter.fromWhere()))
                .getSingleResult()).longValue();
        return page(fetched, sort, request, counter);
    }

    /**
     * The same page of a nested list (Country.events, Actor.interventions, ...) for every parent of a
     * query level, in one statement: a LATERAL subquery pages each parent on its own index range.
     * totalCount of all of them is one grouped statement too, run once when the first is asked for.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<KeysetPage<T>> fetchPerParent(EntityManager em, Class<T> type, SqlFilter filter, ParentLink link,
                                                         List<Long> parentIds, SortKey<T> sort, PageRequest request) {
        Collection<Long> distinctParents = new LinkedHashSet<>(parentIds);
        if (distinctParents.isEmpty()) {
            return List.of();
        }
        String alias = filter.alias();
        SqlFilter query = withCursors(filter, sort, request);
        String sql = "select " + alias + ".*, p.id as parent_id from " + link.parentTable() + " p cross join lateral ("
                + "select " + alias + ".* from " + filter.table() + " " + alias
                + " where " + link.condition() + " and " + query.conditions()
                + orderAndLimit(filter, sort, request) + ") " + alias + " where p.id in (:parentIds)"
                + " order by p.id, " + sort.sql() + direction(sort, request) + ", " + alias + ".id" + direction(sort, request);
        NativeQuery<Object[]> rows = query.bind(em.createNativeQuery(sql).unwrap(NativeQuery.class))
                .addEntity(type).addScalar("parent_id", StandardBasicTypes.LONG);
        rows.setParameter("parentIds", distinctParents);
        Map<Long, List<T>> byParent = new HashMap<>();
        for (Object[] row : rows.getResultList()) {
            byParent.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add((T) row[0]);
        }

        Supplier<Map<Long, Long>> counts = memoize(() -> {
            String countSql = "select p.id, (select count(*) from " + filter.table() + " " + alias + " where "
                    + link.condition() + " and " + filter.conditions() + ") from " + link.parentTable() + " p where p.id in (:parentIds)";
            NativeQuery<Object[]> count = filter.bind(em.createNativeQuery(countSql).unwrap(NativeQuery.class));
            count.setParameter("parentIds", distinctParents);
            Map<Long, Long> result = new HashMap<>();
            for (Object[] row : count.getResultList()) {
                result.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
            return result;
        });
        List<KeysetPage<T>> pages = new ArrayList<>(parentIds.size());
        for (Long parent : parentIds) {
            pages.add(page(byParent.getOrDefault(parent, List.of()), sort, request, () -> counts.get().getOrDefault(parent, 0L)));
        }
        return pages;
    }

    public <E> List<E> edges(BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            edges.add(edge.apply(cursors.get(i), rows.get(i)));
        }
        return edges;
    }

    private static SqlFilter withCursors(SqlFilter filter, SortKey<?> sort, PageRequest request) {
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
        return query;
    }

    /** Backwards pages are read in reverse order from the cursor, then turned around. */
    private static String orderAndLimit(SqlFilter filter, SortKey<?> sort, PageRequest request) {
        String direction = direction(sort, request);
        return " order by " + sort.sql() + direction + ", " + filter.alias() + ".id" + direction
                + " limit " + (request.size() + 1);
    }

    private static String direction(SortKey<?> sort, PageRequest request) {
        return sort.descending() != request.backward() ? " desc" : " asc";
    }

    private static <T> KeysetPage<T> page(List<T> fetched, SortKey<T> sort, PageRequest request, LongSupplier counter) {
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
        return new KeysetPage<>(rows, cursors, pageInfo, counter);
    }

    private static Object parse(SortKey<?> sort, Cursor cursor) {
        try {
            return sort.parseKey().apply(cursor.key());
        } catch (RuntimeException e) {
            throw Cursor.malformed(cursor.encode());
        }
    }

    private static <V> Supplier<V> memoize(Supplier<V> supplier) {
        Object[] cache = new Object[1];
        return () -> {
            if (cache[0] == null) {
                cache[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            V value = (V) cache[0];
            return value;
        };
    }
}
