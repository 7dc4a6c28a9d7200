package org.refugeegraph.actor;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.KeysetPage;
import org.refugeegraph.graph.NodeRepository;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.SortKey;
import org.refugeegraph.graph.SqlFilter;


@ApplicationScoped
public class ActorRepository implements NodeRepository<Actor> {

    @Override
    public NodeType type() {
        return NodeType.Actor;
    }

    static final SortKey<Actor> BY_NAME = new SortKey<>("actor:NAME", "a.name", false,
            Actor::getName, key -> key, Actor::key);

    /** Inserts a new actor; its id is set when this returns. */
    public void create(Actor actor) {
        persist(actor);
    }

    public List<Actor> byCountries(Collection<Long> countryIds) {
        return countryIds.isEmpty() ? List.of() : list("countryId in ?1 order by name, id", countryIds);
    }

    public ActorConnection page(ActorKind kind, PageRequest request) {
        SqlFilter filter = new SqlFilter("actor", "a");
        if (kind != null) {
            filter.where("a.kind = :kind", "kind", kind.name());
        }
        KeysetPage<Actor> page = KeysetPage.fetch(getEntityManager(), Actor.class, filter, BY_NAME, request);
        return new ActorConnection(page.edges(ActorConnection.ActorEdge::new), page.pageInfo(), page.counter());
    }
}
