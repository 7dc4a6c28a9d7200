package org.refugeegraph.country;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.BadInputException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, Long> {

    public List<Country> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Country> allByName() {
        return list("order by name");
    }

    /** A country by alpha-2 or alpha-3 code in any letter case. */
    public Optional<Country> findByCode(String code) {
        String normalized = normalize(code, "code");
        return find(normalized.length() == 2 ? "alpha2" : "alpha3", normalized).firstResultOptional();
    }

    /**
     * Database ids of the countries named by alpha-2 or alpha-3 codes; an unknown code is the
     * client's error, named with the argument it came in.
     */
    public List<Long> idsForCodes(List<String> codes, String argument) {
        Set<String> normalized = codes.stream().map(c -> normalize(c, argument)).collect(Collectors.toSet());
        List<Country> found = list("alpha2 in ?1 or alpha3 in ?1", normalized);
        for (String code : normalized) {
            if (found.stream().noneMatch(c -> c.getAlpha2().equals(code) || c.getCode().equals(code))) {
                throw new BadInputException("Unknown country code '" + code + "' in " + argument
                        + ": use ISO 3166-1 alpha-2 (CN) or alpha-3 (CHN) codes.");
            }
        }
        return found.stream().map(Country::key).toList();
    }

    private static String normalize(String code, String argument) {
        String trimmed = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!trimmed.matches("[A-Z]{2,3}")) {
            throw new BadInputException("Malformed country code '" + code + "' in " + argument
                    + ": use ISO 3166-1 alpha-2 (CN) or alpha-3 (CHN) codes.");
        }
        return trimmed;
    }
}
