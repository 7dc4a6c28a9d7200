package org.refugeegraph.statistics;

import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refugeegraph.actor.Actor;
import org.refugeegraph.actor.ActorService;
import org.refugeegraph.country.Country;
import org.refugeegraph.country.CountryService;
import org.refugeegraph.event.EventFilter;
import org.refugeegraph.event.EventRepository;
import org.refugeegraph.event.EventService;
import org.refugeegraph.graph.CountQualifier;
import org.refugeegraph.graph.PeopleCount;

/** Counts and sums of events per group, honest about figures that are missing or only bounds. */
@ApplicationScoped
public class StatisticsService {

    @Inject
    StatisticsRepository statistics;
    @Inject
    EventService eventService;
    @Inject
    EventRepository events;
    @Inject
    CountryService countries;
    @Inject
    ActorService actors;

    /**
     * Buckets in the order of the dimensions; events that are part of a larger one, or probably the same people as
     * another, are left out (their people are counted there).
     */
    public List<StatisticBucket> buckets(List<Dimension> groupBy, EventFilter filter) {
        return statistics.sums(EventRepository.countedOnce(events.filter(eventService.criteria(filter))),
                new LinkedHashSet<>(groupBy)).stream()
                .map(s -> new StatisticBucket(s.year(), s.kind(), s.locationId(), s.destinationId(), s.perpetratorId(),
                        s.events(), people(s.events(), s.best(), s.low(), s.high(), s.unbounded(), s.withoutBest(), s.allExact())))
                .toList();
    }

    /** The bucket's total as a PeopleCount that is honest about events without a number or an upper bound. */
    static PeopleCount people(int events, Integer best, Integer low, Integer high, int unbounded, int withoutBest, boolean allExact) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (low == null && best == null) {
            return new PeopleCount(null, null, null, CountQualifier.AT_LEAST, "no source gives a number");
        }
        if (unbounded > 0) {
            String missing = withoutBest > 0 ? " (" + withoutBest + " of " + events + " events without a single figure)" : "";
            return new PeopleCount(best, low, null, CountQualifier.AT_LEAST, "at least " + number.format(low) + missing);
        }
        if (allExact && best != null) {
            return new PeopleCount(best, low, high, CountQualifier.EXACT, number.format(best));
        }
        if (best == null || !low.equals(high)) {
            return new PeopleCount(best, low, high, CountQualifier.RANGE, number.format(low) + "-" + number.format(high)
                    + (best == null ? "" : ", best estimate " + number.format(best)));
        }
        return new PeopleCount(best, low, high, CountQualifier.APPROXIMATE, "about " + number.format(best));
    }

    public List<Country> locations(List<StatisticBucket> level) {
        return countries.of(level, StatisticBucket::locationId);
    }

    public List<Country> destinations(List<StatisticBucket> level) {
        return countries.of(level, StatisticBucket::destinationId);
    }

    public List<Actor> perpetrators(List<StatisticBucket> level) {
        return actors.of(level, StatisticBucket::perpetratorId);
    }
}
