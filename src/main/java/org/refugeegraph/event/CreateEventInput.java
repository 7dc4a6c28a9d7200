package org.refugeegraph.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.refugeegraph.graph.PartialDateInput;
import org.refugeegraph.graph.PeopleCountInput;
import org.refugeegraph.source.CitationInput;

import io.smallrye.graphql.api.Nullable;

/**
 * The citation is nullable in the schema (@Nullable, or SmallRye would make @NotNull a non-null type) and required by
 * Bean Validation, so that its absence is a VALIDATION error naming input.citation.
 */
@Input("CreateEventInput")
@Description("Something that happened to North Koreans outside or at the border of North Korea, with the source that reports it.")
public class CreateEventInput {
    @NonNull
    @NotNull
    @Description("What happened.")
    public EventKind kind;

    @NonNull
    @NotNull
    @Description("Whether it happened: carried out, planned, averted or unknown.")
    public EventStatus status;

    @NonNull
    @NotBlank
    @Size(max = 300)
    @Description("A short headline, e.g. 'China deports about 50 North Koreans via Dandong-Sinuiju' (at most 300 characters).")
    public String title;

    @Size(max = 5000)
    @Description("A few sentences on what happened, from the sources (at most 5,000 characters).")
    public String summary;

    @NonNull
    @NotNull
    @Valid
    @Description("When it happened, as precisely as the source says.")
    public PartialDateInput date;

    @Description("Alpha-2 or alpha-3 code of the country where it happened.")
    public String location;

    @Description("Alpha-2 or alpha-3 code of the country the people came from (mostly PRK).")
    public String origin;

    @Description("Alpha-2 or alpha-3 code of the country the people were sent to: for a deportation, the receiving country.")
    public String destination;

    @Id
    @Description("Global id of the actor that carried it out (from Query.actors or createActor).")
    public String perpetratorId;

    @Id
    @Description("Global id of a larger event this one is part of (e.g. a quarter's arrivals within the year's); "
            + "its people are then counted there, not twice in statistics.")
    public String partOfId;

    @Nullable
    @NotNull
    @Valid
    @Description("Required: the source that reports the event and its own words.")
    public CitationInput citation;

    @Valid
    @Description("The number of people, if the source gives one: it becomes the event's preferred count claim, "
            + "cited by the same citation. More claims can be added with addCountClaim.")
    public PeopleCountInput people;

    @Size(min = 1, max = 200)
    @Description("Optional key chosen by the client (e.g. a UUID) that makes createEvent safe to retry: the same key "
            + "again from the same account returns the event the first request created, and records nothing.")
    public String idempotencyKey;
}
