package org.refugeegraph.country;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class CountryApi {

    @Inject
    CountryService countries;

    @Query("countries")
    @NonNull
    @Description("Every ISO 3166-1 country, by name.")
    public List<@NonNull Country> countries() {
        return countries.all();
    }

    @Query("country")
    @Description("One country by ISO 3166-1 alpha-3 (CHN) or alpha-2 (CN) code, any letter case.")
    public Country country(@NonNull @Name("code") @Description("Alpha-3 or alpha-2 code, e.g. CHN or cn.") String code) {
        return countries.byCode(code);
    }
}
