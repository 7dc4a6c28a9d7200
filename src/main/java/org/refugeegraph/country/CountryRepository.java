package org.refugeegraph.country;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.BadInputException;
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

    /** A country by alpha-2 or alpha-3 code in any letter case. */
    public Optional<Country> findByCode(String code) {
        return Optional.ofNullable(catalog().byCode.get(normalize(code, "code")));
    }

    /**
     * Database ids of the countries named by alpha-2 or alpha-3 codes; an unknown code is the
     * client's error, named with the argument it came in.
     */
    public List<Long> idsForCodes(List<String> codes, String argument) {
        Catalog all = catalog();
        List<Long> ids = new ArrayList<>(codes.size());
        for (String code : codes) {
            String normalized = normalize(code, argument);
            Country country = all.byCode.get(normalized);
            if (country == null) {
                throw new BadInputException("Unknown country code '" + normalized + "' in " + argument
                        + ": use ISO 3166-1 alpha-2 (CN) or alpha-3 (CHN) codes.");
            }
            if (!ids.contains(country.key())) {
                ids.add(country.key());
            }
        }
        return ids;
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

    private static String normalize(String code, String argument) {
        String trimmed = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!trimmed.matches("[A-Z]{2,3}")) {
            throw new BadInputException("Malformed country code '" + code + "' in " + argument
                    + ": use ISO 3166-1 alpha-2 (CN) or alpha-3 (CHN) codes.");
        }
        return trimmed;
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
