package org.refugeegraph.intervention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.refugeegraph.graph.PartialDateInput;
import org.refugeegraph.source.CitationInput;

import io.smallrye.graphql.api.Nullable;

@Input("CreateInterventionInput")
@Description("Something an actor did to stop or answer events, with the source that reports it. Link it to the events "
        + "it aimed at with linkInterventionTarget.")
public class CreateInterventionInput {
    @NonNull
    @NotNull
    @Description("How the actor intervened.")
    public InterventionKind kind;

    @NonNull
    @NotBlank
    @Size(max = 300)
    @Description("A short headline, e.g. 'U.S. diplomats protest planned deportation of 13 defectors' (at most 300 characters).")
    public String title;

    @Size(max = 5000)
    @Description("A few sentences on what was done, from the sources (at most 5,000 characters).")
    public String summary;

    @NonNull
    @NotNull
    @Valid
    @Description("When it was done, as precisely as the source says.")
    public PartialDateInput date;

    @NonNull
    @NotBlank
    @Id
    @Description("Global id of the actor who intervened (from Query.actors or createActor).")
    public String actorId;

    // Nullable in the schema (SmallRye would serve @NotNull as non-null) so that a missing citation is a
    // VALIDATION error naming input.citation rather than a bare GraphQL type error.
    @Nullable
    @NotNull
    @Valid
    @Description("Required: the source that reports the intervention, and its words.")
    public CitationInput citation;

    @Size(min = 1, max = 200)
    @Description("A key of your choosing (at most 200 characters) that makes a retry safe: sent again with the same key, "
            + "the mutation returns the intervention the first request created and records nothing.")
    public String idempotencyKey;
}
