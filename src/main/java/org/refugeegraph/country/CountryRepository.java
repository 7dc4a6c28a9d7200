package org.refugeegraph.country;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.NodeRepository;
import org.refugeegraph.graph.NodeType;

/**
 * The ISO 3166-1 countries, served from memory: the table is fixed reference data (migration
 * V2), read once on first use, and almost every linked query asks for a few of them.
 */
@ApplicationScoped
public class CountryRepository implements NodeRepository<Country> {

    @Override
    public NodeType type() {
        return NodeType.Country;
    }

    private volatile Catalog catalog;

    @Override
    public List<Country> byIds(Collection<Long> ids) {
        Catalog all = catalog();
        List<Country> found = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Country country = all.byId.get(id);
            if (country != null) {
                found.add(country);
            }
        }
        return found;
    }

    public List<Country> allByName() {
        return catalog().byName;
    }

    /** A country by its upper-case alpha-2 or alpha-3 code. */
    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(catalog().byCode.get(code));
    }

    private Catalog catalog() {
        Catalog current = catalog;
        if (current == null) {
            // Two first requests may both load it: the same rows, so either result will do.
            current = new Catalog(list("order by name"));
            catalog = current;
        }
        return current;
    }

    /** All countries, by name, by database id and by both codes. Never changed after loading. */
    private record Catalog(List<Country> byName, Map<Long, Country> byId, Map<String, Country> byCode) {
        Catalog(List<Country> byName) {
            this(List.copyOf(byName), new HashMap<>(), new HashMap<>());
            for (Country country : byName) {
                byId.put(country.key(), country);
                byCode.put(country.getAlpha2(), country);
                byCode.put(country.getCode(), country);
            }
        }
    }
}
