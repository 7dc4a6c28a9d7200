package org.refugeegraph.treaty;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refugeegraph.country.Country;
import org.refugeegraph.country.CountryService;
import org.refugeegraph.event.Event;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.source.Citation;
import org.refugeegraph.source.SourceService;

/** Treaties, the countries party to them, and which of them bound a country on an event's date. */
@ApplicationScoped
public class TreatyService {

    @Inject
    TreatyRepository treaties;
    @Inject
    TreatyParticipationRepository participations;
    @Inject
    CountryService countries;
    @Inject
    SourceService sources;

    public List<Treaty> all() {
        return treaties.allByAdoption();
    }

    /** Each treaty's participations: its parties and signatories, or (takingPart false) the cited non-parties. */
    public List<List<TreatyParticipation>> parties(List<Treaty> level, boolean takingPart) {
        return Batches.many(level, Treaty::key, participations.byTreaties(Batches.keys(level, Treaty::key)).stream()
                .filter(p -> p.takesPart() == takingPart).toList(), TreatyParticipation::treatyId);
    }

    /** Each country's participations: the treaties it takes part in, or (takingPart false) those it is cited as not party to. */
    public List<List<TreatyParticipation>> participationsOf(List<Country> level, boolean takingPart) {
        return Batches.many(level, Country::key, participations.byCountries(Batches.keys(level, Country::key)).stream()
                .filter(p -> p.takesPart() == takingPart).toList(), TreatyParticipation::countryId);
    }

    public List<Country> countries(List<TreatyParticipation> level) {
        return countries.of(level, TreatyParticipation::countryId);
    }

    public List<Treaty> treaties(List<TreatyParticipation> level) {
        return Batches.one(level, TreatyParticipation::treatyId,
                treaties.byIds(Batches.keys(level, TreatyParticipation::treatyId)), Treaty::key);
    }

    /** The participations of each event's location country that bound it on the event's first day. */
    public List<List<TreatyParticipation>> obligationsAtStake(List<Event> level) {
        List<List<TreatyParticipation>> byLocation = Batches.many(level, e -> e.locationId() == null ? -1L : e.locationId(),
                participations.byCountries(Batches.keys(level, Event::locationId)), TreatyParticipation::countryId);
        return IntStream.range(0, level.size())
                .mapToObj(i -> byLocation.get(i).stream().filter(p -> p.bindsOn(level.get(i).dateStart())).toList())
                .toList();
    }

    public List<List<Citation>> citations(List<TreatyParticipation> level) {
        return sources.citationsOfParticipations(level, TreatyParticipation::key);
    }
}
