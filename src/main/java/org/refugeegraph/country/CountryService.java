package org.refugeegraph.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.InvalidInputException;
import org.refugeegraph.graph.NotFoundException;

/** Countries by code or id; codes that clients send are checked here, named by the argument they came in. */
@ApplicationScoped
public class CountryService {

    @Inject
    CountryRepository countries;

    public List<Country> all() {
        return countries.allByName();
    }

    /** A country by alpha-2 or alpha-3 code in any letter case; none is NOT_FOUND. */
    public Country byCode(String code) {
        return countries.byCode(normalize(code, "code"))
                .orElseThrow(() -> new NotFoundException("No country with code '" + code + "'."));
    }

    /** Database ids of the countries named by codes; a malformed or unknown code is the client's error. */
    public List<Long> idsForCodes(List<String> codes, String argument) {
        List<Long> ids = new ArrayList<>(codes.size());
        for (String code : codes) {
            String normalized = normalize(code, argument);
            Country country = countries.byCode(normalized).orElseThrow(() -> new BadInputException("Unknown country code '"
                    + normalized + "' in " + argument + ": use ISO 3166-1 alpha-2 (CN) or alpha-3 (CHN) codes."));
            if (!ids.contains(country.key())) {
                ids.add(country.key());
            }
        }
        return ids;
    }

    /** The id of the country a mutation's input names; a malformed or unknown code is a VALIDATION error on that field. */
    public Long idForInput(String code, String field) {
        try {
            return idsForCodes(List.of(code), field).get(0);
        } catch (BadInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** The country of each item of a query level, by the id it holds (null where it holds none). */
    public <T> List<Country> of(List<T> level, Function<T, Long> countryId) {
        return Batches.one(level, countryId, countries.byIds(Batches.keys(level, countryId)), Country::key);
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
