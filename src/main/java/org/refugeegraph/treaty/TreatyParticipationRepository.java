package org.refugeegraph.treaty;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TreatyParticipationRepository implements PanacheRepositoryBase<TreatyParticipation, Long> {

    public List<TreatyParticipation> byTreaties(Collection<Long> treatyIds) {
        return treatyIds.isEmpty() ? List.of() : list("treatyId in ?1 order by since, id", treatyIds);
    }

    public List<TreatyParticipation> byCountries(Collection<Long> countryIds) {
        return countryIds.isEmpty() ? List.of() : list("countryId in ?1 order by since, id", countryIds);
    }
}
