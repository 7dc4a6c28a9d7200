package org.refugeegraph.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.event.EventKind;
import org.refugeegraph.graph.PeopleCount;

@Type("StatisticBucket")
@Description("One group of events of Query.statistics: the values of the grouping dimensions (null for the "
        + "dimensions not grouped by), how many events, and the sum of their preferred counts.")
public class StatisticBucket {
    private final Integer year;
    private final EventKind kind;
    private final Long locationId;
    private final Long destinationId;
    private final Long perpetratorId;
    private final int events;
    private final PeopleCount people;

    StatisticBucket(Integer year, EventKind kind, Long locationId, Long destinationId, Long perpetratorId, int events,
                    PeopleCount people) {
        this.year = year;
        this.kind = kind;
        this.locationId = locationId;
        this.destinationId = destinationId;
        this.perpetratorId = perpetratorId;
        this.events = events;
        this.people = people;
    }

    Long locationId() {
        return locationId;
    }

    Long destinationId() {
        return destinationId;
    }

    Long perpetratorId() {
        return perpetratorId;
    }

    @Description("The year, when grouped by YEAR.")
    public Integer getYear() {
        return year;
    }

    @Description("The kind of event, when grouped by KIND.")
    public EventKind getKind() {
        return kind;
    }

    @NonNull
    @Description("Number of events in this group (parts of larger events, like one quarter of a year, are not counted twice).")
    public int getEvents() {
        return events;
    }

    @NonNull
    @Description("Sums of best, low and high over the bucket's events' preferred counts. An event without a number "
            + "adds to `events` but not to the sums; then `high` is null and the qualifier AT_LEAST, because the true "
            + "total is higher by an unknown amount.")
    public PeopleCount getPeople() {
        return people;
    }
}
