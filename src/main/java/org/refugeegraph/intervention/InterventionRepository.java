package org.refugeegraph.intervention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refugeegraph.country.CountryRepository;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.KeysetPage;
import org.refugeegraph.graph.NodeRepository;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.ParentLink;
import org.refugeegraph.graph.SortKey;
import org.refugeegraph.graph.SqlFilter;

import static org.refugeegraph.graph.SqlFilter.present;


@ApplicationScoped
public class InterventionRepository implements NodeRepository<Intervention> {

    @Override
    public NodeType type() {
        return NodeType.Intervention;
    }

    static final SortKey<Intervention> LATEST_FIRST = new SortKey<>("intervention:DATE:DESC", "i.date_start", true,
            Intervention::dateStart, LocalDate::parse, Intervention::key);

    @Inject
    CountryRepository countries;

    /** The interventions that match a filter, as SQL over "intervention i". */
    public SqlFilter filter(InterventionFilter f) {
        SqlFilter sql = new SqlFilter("intervention", "i");
        if (f == null) {
            return sql;
        }
        if (present(f.outcomes)) {
            sql.where("exists (select 1 from intervention_target t where t.intervention_id = i.id and t.outcome in (:outcomes))",
                    "outcomes", f.outcomes.stream().map(Enum::name).toList());
        }
        if (present(f.kinds)) {
            sql.where("i.kind in (:kinds)", "kinds", f.kinds.stream().map(Enum::name).toList());
        }
        if (present(f.actorIds)) {
            sql.where("i.actor_id in (:actors)", "actors",
                    f.actorIds.stream().map(id -> GlobalId.decode(id, NodeType.Actor)).toList());
        }
        if (present(f.actorCountries)) {
            sql.where("i.actor_id in (select a.id from actor a where a.country_id in (:actorCountries))",
                    "actorCountries", countries.idsForCodes(f.actorCountries, "filter.actorCountries"));
        }
        sql.overlapping(f.from, f.to);
        return sql;
    }

    public InterventionConnection page(SqlFilter filter, PageRequest request) {
        return connection(KeysetPage.fetch(getEntityManager(), Intervention.class, filter, LATEST_FIRST, request));
    }

    /** The same page of interventions for every actor of a query level (Actor.interventions). */
    public List<InterventionConnection> pagePerActor(List<Long> actorIds, PageRequest request) {
        return KeysetPage.fetchPerParent(getEntityManager(), Intervention.class, new SqlFilter("intervention", "i"),
                new ParentLink("actor", "i.actor_id = p.id"), actorIds, LATEST_FIRST, request)
                .stream().map(InterventionRepository::connection).toList();
    }

    private static InterventionConnection connection(KeysetPage<Intervention> page) {
        return new InterventionConnection(page.edges(InterventionConnection.InterventionEdge::new), page.pageInfo(), page.counter());
    }
}
