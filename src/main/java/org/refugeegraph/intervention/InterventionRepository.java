package org.refugeegraph.intervention;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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

    /** The interventions that match checked criteria, as SQL over "intervention i". */
    public SqlFilter filter(InterventionCriteria criteria) {
        SqlFilter sql = new SqlFilter("intervention", "i");
        if (present(criteria.outcomes())) {
            sql.where("exists (select 1 from intervention_target t where t.intervention_id = i.id and t.outcome in (:outcomes))",
                    "outcomes", criteria.outcomes().stream().map(Enum::name).toList());
        }
        if (present(criteria.kinds())) {
            sql.where("i.kind in (:kinds)", "kinds", criteria.kinds().stream().map(Enum::name).toList());
        }
        if (present(criteria.actorIds())) {
            sql.where("i.actor_id in (:actors)", "actors", criteria.actorIds());
        }
        if (present(criteria.actorCountryIds())) {
            sql.where("i.actor_id in (select a.id from actor a where a.country_id in (:actorCountries))",
                    "actorCountries", criteria.actorCountryIds());
        }
        return sql.overlapping(criteria.period());
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
