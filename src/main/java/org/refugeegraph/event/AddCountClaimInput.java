package org.refugeegraph.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.refugeegraph.graph.PeopleCountInput;
import org.refugeegraph.source.CitationInput;

import io.smallrye.graphql.api.Nullable;

/**
 * people and citation are nullable in the schema (@Nullable, or SmallRye would make @NotNull a non-null type) and
 * required by Bean Validation, so that their absence is a VALIDATION error naming the field.
 */
@Input("AddCountClaimInput")
@Description("One source's figure for the number of people in an event.")
public class AddCountClaimInput {
    @Id
    @NonNull
    @NotNull
    @Description("Global id of the event the figure is about.")
    public String eventId;

    @Nullable
    @NotNull
    @Valid
    @Description("Required: the figure as the source states it.")
    public PeopleCountInput people;

    @Nullable
    @NotNull
    @Valid
    @Description("Required: the source that gives the figure and its own words. It also cites the event.")
    public CitationInput citation;

    @Description("True: this becomes the event's preferred figure (Event.people) and the claim preferred so far "
            + "stops being preferred. False or omitted: the figure is recorded beside the preferred one.")
    public Boolean preferred;

    @Description("True: other sources or later data contradict this figure (say how in the note). "
            + "A preferred figure cannot be disputed.")
    public Boolean disputed;

    @Size(max = 2000)
    @Description("Why the claim is disputed or preferred, or what it counts, e.g. 'men 202, women 845' (at most 2,000 characters).")
    public String note;

    @Size(min = 1, max = 200)
    @Description("Optional key chosen by the client (e.g. a UUID) that makes addCountClaim safe to retry: the same key "
            + "again from the same account returns the claim the first request recorded, and records nothing.")
    public String idempotencyKey;
}
