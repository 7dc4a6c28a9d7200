package org.refugeegraph.intervention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.refugeegraph.graph.PeopleCountInput;
import org.refugeegraph.source.CitationInput;

import io.smallrye.graphql.api.Nullable;

@Input("LinkInterventionTargetInput")
@Description("An event an intervention aimed at, what came of it, and the source that says so. "
        + "An intervention is linked to an event once.")
public class LinkInterventionTargetInput {
    @NonNull
    @NotBlank
    @Id
    @Description("Global id of the intervention.")
    public String interventionId;

    @NonNull
    @NotBlank
    @Id
    @Description("Global id of the event it aimed at.")
    public String eventId;

    @NonNull
    @NotNull
    @Description("What came of it. PREVENTED and DELAYED need an intervention that began before the event was over; "
            + "PREVENTED does not fit an event that was CARRIED_OUT, nor FAILED an event that was AVERTED.")
    public Outcome outcome;

    @Valid
    @Description("How many people it protected, where the source says.")
    public PeopleCountInput peopleProtected;

    @Size(max = 2000)
    @Description("Anything the source adds about this target (at most 2,000 characters).")
    public String note;

    // Nullable in the schema (SmallRye would serve @NotNull as non-null) so that a missing citation is a
    // VALIDATION error naming input.citation rather than a bare GraphQL type error.
    @Nullable
    @NotNull
    @Valid
    @Description("Required: the source that states the outcome, and its words.")
    public CitationInput citation;

    @Size(min = 1, max = 200)
    @Description("A key of your choosing (at most 200 characters) that makes a retry safe: sent again with the same key, "
            + "the mutation returns the target the first request linked and records nothing.")
    public String idempotencyKey;
}
