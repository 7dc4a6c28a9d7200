package org.refugeegraph.intervention;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InterventionFilter")
@Description("Which interventions to include. Every given field must match (AND); a list matches any of its values (OR). "
        + "An omitted or empty list does not restrict.")
public class InterventionFilter {
    @Description("Only interventions with at least one target of these outcomes, e.g. [PREVENTED].")
    public List<@NonNull Outcome> outcomes;
    @Description("Only these kinds.")
    public List<@NonNull InterventionKind> kinds;
    @Id
    @Description("Global ids of the acting actors.")
    public List<@NonNull String> actorIds;
    @Description("Alpha-2 or alpha-3 code of the acting actor's country.")
    public List<@NonNull String> actorCountries;
    @Description("Interventions whose date range overlaps [from, to]: ends on or after this day.")
    public LocalDate from;
    @Description("Interventions whose date range overlaps [from, to]: starts on or before this day.")
    public LocalDate to;
}
