package org.refugeegraph.treaty;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TreatyRepository implements PanacheRepositoryBase<Treaty, Long> {

    public List<Treaty> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Treaty> allByAdoption() {
        return list("order by adoptedOn, id");
    }
}
