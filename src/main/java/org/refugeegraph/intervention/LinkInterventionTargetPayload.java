package org.refugeegraph.intervention;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LinkInterventionTargetPayload")
@Description("The result of linkInterventionTarget.")
public class LinkInterventionTargetPayload {
    private final InterventionTarget target;

    LinkInterventionTargetPayload(InterventionTarget target) {
        this.target = target;
    }

    @NonNull
    @Description("The new link, with its intervention, event and citations.")
    public InterventionTarget getTarget() {
        return target;
    }
}
