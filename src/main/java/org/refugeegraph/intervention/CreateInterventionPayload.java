package org.refugeegraph.intervention;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateInterventionPayload")
@Description("The result of createIntervention.")
public class CreateInterventionPayload {
    private final Intervention intervention;

    CreateInterventionPayload(Intervention intervention) {
        this.intervention = intervention;
    }

    @NonNull
    @Description("The new intervention, with its id for linkInterventionTarget.")
    public Intervention getIntervention() {
        return intervention;
    }
}
