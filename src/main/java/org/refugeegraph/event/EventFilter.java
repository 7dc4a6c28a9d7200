package org.refugeegraph.event;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventFilter")
@Description("Which events to include. Every given field must match (AND); a list matches any of its values (OR). "
        + "An omitted or empty list does not restrict.")
public class EventFilter {
    @Description("Only these kinds, e.g. [DEPORTATION].")
    public List<@NonNull EventKind> kinds;
    @Description("Only these statuses, e.g. [CARRIED_OUT].")
    public List<@NonNull EventStatus> statuses;
    @Description("Alpha-2 or alpha-3 codes; matches any role (location, origin or destination).")
    public List<@NonNull String> countries;
    @Description("Alpha-2 or alpha-3 codes of the country where the event happened.")
    public List<@NonNull String> locations;
    @Description("Alpha-2 or alpha-3 codes of the country the people were sent to.")
    public List<@NonNull String> destinations;
    @Id
    @Description("Global ids of the actors that carried the events out.")
    public List<@NonNull String> perpetratorIds;
    @Description("Events whose date range overlaps [from, to]: ends on or after this day.")
    public LocalDate from;
    @Description("Events whose date range overlaps [from, to]: starts on or before this day.")
    public LocalDate to;
    @Description("Only events whose preferred count's best estimate is at least this.")
    public Integer minPeople;
    @Description("true: only events that some intervention aimed at; false: only events none aimed at.")
    public Boolean hasIntervention;
    @Description("true: only events whose figures are contested: with a disputed claim, or probably the same people as "
            + "another event (sameAs, possibleDuplicates); false: only events with neither. Lists every contested "
            + "number in one query.")
    public Boolean disputed;
}
