package org.refugeegraph.graph;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** A Panache repository whose rows a level of linked fields looks up by id, in one statement. */
public interface IdRepository<E> extends PanacheRepositoryBase<E, Long> {

    /** The rows with these ids, in no particular order (callers align them by key). */
    default List<E> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
