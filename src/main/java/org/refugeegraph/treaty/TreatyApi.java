package org.refugeegraph.treaty;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.country.Country;
import org.refugeegraph.country.CountryRepository;
import org.refugeegraph.event.Event;
import org.refugeegraph.graph.Batches;

@GraphQLApi
public class TreatyApi {

    @Inject
    TreatyRepository treaties;
    @Inject
    TreatyParticipationRepository participations;
    @Inject
    CountryRepository countries;

    @Query("treaties")
    @NonNull
    @Description("Treaties that forbid sending people back to persecution or torture, oldest first.")
    public List<@NonNull Treaty> treaties() {
        return treaties.allByAdoption();
    }

    @NonNull
    @Description("The countries that ratified, acceded to or signed it, earliest first.")
    public List<@NonNull List<@NonNull TreatyParticipation>> parties(@Source List<Treaty> level) {
        return Batches.many(level, Treaty::key, participations.byTreaties(Batches.keys(level, Treaty::key)),
                TreatyParticipation::treatyId);
    }

    @NonNull
    @Description("The treaties this country ratified, acceded to or signed, earliest first.")
    public List<@NonNull List<@NonNull TreatyParticipation>> treatyParticipations(@Source List<Country> level) {
        return Batches.many(level, Country::key, participations.byCountries(Batches.keys(level, Country::key)),
                TreatyParticipation::countryId);
    }

    @NonNull
    @Description("The country.")
    public List<@NonNull Country> country(@Source List<TreatyParticipation> level) {
        return Batches.one(level, TreatyParticipation::countryId,
                countries.byIds(Batches.keys(level, TreatyParticipation::countryId)), Country::key);
    }

    @NonNull
    @Description("The treaty.")
    public List<@NonNull Treaty> treaty(@Source List<TreatyParticipation> level) {
        return Batches.one(level, TreatyParticipation::treatyId,
                treaties.byIds(Batches.keys(level, TreatyParticipation::treatyId)), Treaty::key);
    }

    @NonNull
    @Description("Treaties that the location country was party to on the event's date (its first day), e.g. the 1951 "
            + "Refugee Convention for a deportation from China. Accessions the sources date only to a year count from "
            + "that year's end, so that this lists only obligations certainly in force.")
    public List<@NonNull List<@NonNull TreatyParticipation>> obligationsAtStake(@Source List<Event> level) {
        List<List<TreatyParticipation>> byLocation = Batches.many(level, e -> e.locationId() == null ? -1L : e.locationId(),
                participations.byCountries(Batches.keys(level, Event::locationId)), TreatyParticipation::countryId);
        return IntStream.range(0, level.size())
                .mapToObj(i -> byLocation.get(i).stream().filter(p -> p.bindsOn(level.get(i).dateStart())).toList())
                .toList();
    }
}
