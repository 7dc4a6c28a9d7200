package org.refugeegraph.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateActorInput")
@Description("Someone who acts: a government, a diplomatic mission, an NGO, a UN body, a parliament.")
public class CreateActorInput {
    @NonNull
    @NotBlank
    @Size(max = 300)
    @Description("Name as the sources give it, e.g. 'Human Rights Watch' (at most 300 characters).")
    public String name;

    @NonNull
    @NotNull
    @Description("What sort of body it is.")
    public ActorKind kind;

    @Description("Alpha-2 or alpha-3 code of the country it belongs to or represents; omit for international bodies.")
    public String country;

    @Size(min = 1, max = 200)
    @Description("Optional key chosen by the client (e.g. a UUID) that makes createActor safe to retry: the same key "
            + "again from the same account returns the actor the first request created, and records nothing.")
    public String idempotencyKey;
}
