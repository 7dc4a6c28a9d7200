package org.refugeegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Aligns children loaded for a whole level of the query with their parents. A batched field
 * (`@Source List<Parent>`) loads all children in one statement and must answer one entry per
 * parent, in the parents' order: these helpers do that alignment.
 */
public final class Batches {
    private Batches() {
    }

    /** The distinct, non-null keys of the parents, for "where x in (:keys)". */
    public static <P, K> Set<K> keys(Collection<P> parents, Function<P, K> key) {
        Set<K> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            K k = key.apply(parent);
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** One child (or null) per parent, matched by key. */
    public static <P, K, C> List<C> one(List<P> parents, Function<P, K> parentKey, Collection<C> children, Function<C, K> childKey) {
        Map<K, C> byKey = new HashMap<>();
        for (C child : children) {
            byKey.put(childKey.apply(child), child);
        }
        List<C> aligned = new ArrayList<>(parents.size());
        for (P parent : parents) {
            K k = parentKey.apply(parent);
            aligned.add(k == null ? null : byKey.get(k));
        }
        return aligned;
    }

    /** All children per parent, matched by key, in the order the children were loaded. */
    public static <P, K, C> List<List<C>> many(List<P> parents, Function<P, K> parentKey, Collection<C> children, Function<C, K> childKey) {
        Map<K, List<C>> byKey = new HashMap<>();
        for (C child : children) {
            byKey.computeIfAbsent(childKey.apply(child), k -> new ArrayList<>()).add(child);
        }
        List<List<C>> aligned = new ArrayList<>(parents.size());
        for (P parent : parents) {
            aligned.add(byKey.getOrDefault(Objects.requireNonNull(parentKey.apply(parent)), List.of()));
        }
        return aligned;
    }
}
