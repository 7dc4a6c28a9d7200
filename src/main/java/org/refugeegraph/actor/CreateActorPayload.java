package org.refugeegraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateActorPayload")
@Description("The result of createActor.")
public class CreateActorPayload {
    private final Actor actor;

    CreateActorPayload(Actor actor) {
        this.actor = actor;
    }

    @NonNull
    @Description("The new actor, with its id.")
    public Actor getActor() {
        return actor;
    }
}
